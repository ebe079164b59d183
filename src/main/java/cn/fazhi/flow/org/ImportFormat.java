package cn.fazhi.flow.org;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The import template's format: its sheets, their column headers in order (Chinese, as counties file them), and the
 * words a cell may hold for a role or a township's kind (the role names in every language of the application, and the
 * role's code). Built from the translations, so that the template and the parser always agree.
 */
record ImportFormat(
        String townshipSheet,
        String userSheet,
        String helpSheet,
        List<String> townshipHeaders,
        List<String> userHeaders,
        Map<String, Role> roles,
        Map<TownshipKind, String> kindNames,
        Map<String, TownshipKind> kinds,
        List<String> countyRoleNames) {

    /** A translation: {@code Messages::get} in the application, the message files in unit tests. */
    @FunctionalInterface
    interface Translator {
        String get(Locale locale, String key, Object... args);
    }

    /** Township columns, in the template's order. */
    static final int T_NAME = 0;

    static final int T_KIND = 1;
    static final int T_CODE = 2;
    static final List<String> TOWNSHIP_KEYS =
            List.of("import.column.townshipName", "import.column.kind", "import.column.code");

    /** User columns, in the template's order. */
    static final int U_LOGIN = 0;

    static final int U_NAME = 1;
    static final int U_PHONE = 2;
    static final int U_EMAIL = 3;
    static final int U_ROLES = 4;
    static final int U_TOWNSHIP = 5;
    static final int U_ADVISED = 6;
    static final List<String> USER_KEYS = List.of(
            "import.column.login",
            "import.column.name",
            "import.column.phone",
            "import.column.email",
            "import.column.roles",
            "import.column.township",
            "import.column.advised");

    /** Columns a row must fill. */
    static final List<Integer> TOWNSHIP_REQUIRED = List.of(T_NAME, T_KIND, T_CODE);

    static final List<Integer> USER_REQUIRED = List.of(U_LOGIN, U_NAME, U_ROLES);

    /** What separates several roles or townships in one cell. */
    static final String SEPARATORS = "[、，,；;]";

    /** The format from the translations: {@code translate(locale, key)}. */
    static ImportFormat of(Translator translate, List<Locale> locales) {
        Locale zh = locales.get(0);
        Map<String, Role> roles = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            roles.put(role.name(), role);
            for (Locale locale : locales) {
                roles.putIfAbsent(key(translate.get(locale, "role." + role.name())), role);
            }
        }
        Map<TownshipKind, String> kindNames = new LinkedHashMap<>();
        Map<String, TownshipKind> kinds = new LinkedHashMap<>();
        for (TownshipKind kind : TownshipKind.values()) {
            kindNames.put(kind, translate.get(zh, "import.kind." + kind.name()));
            kinds.put(kind.name(), kind);
            for (Locale locale : locales) {
                kinds.putIfAbsent(key(translate.get(locale, "import.kind." + kind.name())), kind);
            }
        }
        return new ImportFormat(
                translate.get(zh, "import.sheet.townships"),
                translate.get(zh, "import.sheet.users"),
                translate.get(zh, "import.sheet.help"),
                TOWNSHIP_KEYS.stream().map(k -> translate.get(zh, k)).toList(),
                USER_KEYS.stream().map(k -> translate.get(zh, k)).toList(),
                Map.copyOf(roles),
                java.util.Collections.unmodifiableMap(kindNames),
                Map.copyOf(kinds),
                java.util.Arrays.stream(Role.values())
                        .filter(Role::ofCounty)
                        .map(role -> translate.get(zh, "role." + role.name()))
                        .toList());
    }

    /** How a role or kind is looked up: case does not matter. */
    static String key(String word) {
        return word.toUpperCase(Locale.ROOT);
    }

    String kindList() {
        return kindNames.values().stream().collect(Collectors.joining("、"));
    }

    /** The cell's words: split at 、，,；; and trimmed, blanks dropped. */
    static List<String> split(String cell) {
        List<String> words = new ArrayList<>();
        for (String word : cell.split(SEPARATORS)) {
            String w = ImportSheets.trim(word);
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
