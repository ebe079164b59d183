package cn.fazhi.flow.org;

import java.util.List;

/**
 * A problem found in one row of an import file: the sheet (as the file names it), the row number a person sees in the
 * spreadsheet (the header is row 1), and the message as a translation key with its arguments.
 */
public record ImportProblem(String sheet, int row, String messageKey, List<String> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    static ImportProblem of(String sheet, int row, String messageKey, Object... args) {
        return new ImportProblem(
                sheet,
                row,
                messageKey,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The arguments for a translation call. */
    public Object[] messageArgs() {
        return args.toArray();
    }
}
