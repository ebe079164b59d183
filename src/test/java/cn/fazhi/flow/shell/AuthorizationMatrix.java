package cn.fazhi.flow.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The authorization matrix ({@code authorization-matrix.txt} beside this class): one line per operation, naming its
 * target, what it does, its status when allowed and, per role, the outcome in each scope. The file's header explains
 * the columns.
 */
final class AuthorizationMatrix {

    /** The columns of the roles, in the file's order: a caller is one of these. */
    enum Who {
        DRAFTER,
        LEAD,
        ADVISOR,
        REVIEWER,
        ADMIN,
        SYSADMIN,
        AUDITOR,
        ANON
    }

    /** Where the target lies, seen from the caller; {@code NONE} for an operation without target. */
    enum Scope {
        OWN("own township"),
        TOWNSHIP("another township of the same county"),
        COUNTY("another county"),
        UNKNOWN("unknown id"),
        NONE("without target");

        final String description;

        Scope(String description) {
            this.description = description;
        }

        static final List<Scope> TARGETED = List.of(OWN, TOWNSHIP, COUNTY, UNKNOWN);
    }

    /** What an operation does to the stored state. */
    enum Does {
        /** Changes nothing. */
        READ,
        /** A refused call must change nothing. */
        WRITE,
        /** A refused call must change nothing; an allowed one uses its target up and must change something. */
        CONSUME
    }

    /** What an allowed reply must name. */
    enum Shows {
        NOTHING,
        TOWN,
        COUNTY,
        OWN,
        /**
         * The installation's security log, whose subject is every county's places, users and report ids: an allowed
         * reply is searched only for report texts, which the log never holds.
         */
        LOG
    }

    /** The letters of the role columns and the statuses they stand for ('+' is the line's ok status). */
    static final Map<Character, Integer> STATUSES = Map.of('F', 403, 'N', 404, 'U', 401, 'B', 400, 'C', 409, 'T', 429);

    static final String TARGETLESS = "-";

    private static final List<String> HEADER = List.of(
            "operation",
            "target",
            "does",
            "ok",
            "shows",
            "DRAFTER",
            "LEAD",
            "ADVISOR",
            "REVIEWER",
            "ADMIN",
            "SYSADMIN",
            "AUDITOR",
            "ANON",
            "body");

    /** One operation: {@code path} as the OpenAPI description names it, {@code query} sent after it (or empty). */
    record Row(
            int line,
            String method,
            String path,
            String query,
            String target,
            Does does,
            int ok,
            Shows shows,
            List<String> cells,
            String body) {

        /** The operation as the OpenAPI description names it, e.g. {@code GET /api/reports/{id}}. */
        String operation() {
            return method + " " + path;
        }

        boolean inApi() {
            return path.startsWith("/api/");
        }

        List<Scope> scopes() {
            return TARGETLESS.equals(target) ? List.of(Scope.NONE) : Scope.TARGETED;
        }

        /** The letter for the role in the scope. */
        char expected(Who who, Scope scope) {
            String cell = cells.get(who.ordinal());
            return cell.charAt(scope == Scope.NONE ? 0 : scope.ordinal());
        }

        /** The status a letter stands for. */
        int status(char letter) {
            return letter == '+' ? ok : STATUSES.get(letter);
        }
    }

    private AuthorizationMatrix() {}

    static List<Row> read() throws IOException {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream("authorization-matrix.txt")) {
            if (in == null) {
                throw new IllegalStateException("authorization-matrix.txt is missing beside AuthorizationMatrix");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                require(Arrays.asList(line.split("\\s+")).equals(HEADER), i + 1, "the header must read " + HEADER);
                header = true;
                continue;
            }
            // The operation is two words (method and path); the body is the rest of the line, so JSON may hold spaces.
            String[] f = line.split("\\s+", HEADER.size() + 1);
            require(f.length == HEADER.size() + 1, i + 1, "expected " + (HEADER.size() + 1) + " columns: " + line);
            rows.add(row(i + 1, f));
        }
        return rows;
    }

    private static Row row(int line, String[] f) {
        String[] path = f[1].split("\\?", 2);
        String target = f[2];
        List<String> cells = List.of(Arrays.copyOfRange(f, 6, 6 + Who.values().length));
        int width = TARGETLESS.equals(target) ? 1 : Scope.TARGETED.size();
        boolean anyoneAllowed = !"-".equals(f[4]);
        for (String cell : cells) {
            require(anyoneAllowed || !cell.contains("+"), line, "an allowed call needs the ok status");
            require(cell.length() == width, line, "a role's cell has " + width + " letter(s) here: " + cell);
            for (char c : cell.toCharArray()) {
                require(c == '+' || c == '.' || STATUSES.containsKey(c), line, "unknown letter " + c);
            }
        }
        return new Row(
                line,
                f[0],
                path[0],
                path.length > 1 ? path[1] : "",
                target,
                Does.valueOf(f[3].toUpperCase(java.util.Locale.ROOT)),
                anyoneAllowed ? Integer.parseInt(f[4]) : 0,
                shows(f[5], line),
                cells,
                f[f.length - 1]);
    }

    private static Shows shows(String value, int line) {
        return switch (value) {
            case "-" -> Shows.NOTHING;
            case "town" -> Shows.TOWN;
            case "county" -> Shows.COUNTY;
            case "own" -> Shows.OWN;
            case "log" -> Shows.LOG;
            default -> throw new IllegalStateException("authorization-matrix.txt line " + line + ": shows " + value);
        };
    }

    private static void require(boolean condition, int line, String message) {
        if (!condition) {
            throw new IllegalStateException("authorization-matrix.txt line " + line + ": " + message);
        }
    }
}
