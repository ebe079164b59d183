package cn.fazhi.flow.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The pre-check's word lists and patterns, kept as data files under {@code src/main/resources/check/}: one entry per
 * line, UTF-8, lines starting with {@code #} and blank lines ignored.
 */
public final class CheckData {

    private CheckData() {}

    /** The entries of {@code check/<file>}; a missing file is a packaging error and fails loudly. */
    public static List<String> lines(String file) {
        String resource = "/check/" + file;
        try (InputStream in = CheckData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing pre-check data file " + resource);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
