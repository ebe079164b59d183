package cn.fazhi.flow.org;

import static cn.fazhi.flow.org.ImportFormat.T_CODE;
import static cn.fazhi.flow.org.ImportFormat.T_KIND;
import static cn.fazhi.flow.org.ImportFormat.T_NAME;
import static cn.fazhi.flow.org.ImportFormat.U_ADVISED;
import static cn.fazhi.flow.org.ImportFormat.U_EMAIL;
import static cn.fazhi.flow.org.ImportFormat.U_LOGIN;
import static cn.fazhi.flow.org.ImportFormat.U_NAME;
import static cn.fazhi.flow.org.ImportFormat.U_PHONE;
import static cn.fazhi.flow.org.ImportFormat.U_ROLES;
import static cn.fazhi.flow.org.ImportFormat.U_TOWNSHIP;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.org.ImportSheets.SheetRow;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every problem of every row of an import file, all at once: empty required cells, duplicate logins, township names
 * and codes (within the file or already taken), unknown townships referenced, unknown roles and refused combinations,
 * installation roles, bad e-mail addresses and phone numbers, a drafter or lead without their township, an advisor
 * without the townships they serve. Pure rules over what the file says and what already exists; no I/O.
 */
final class ImportCheck {

    static final int MAX_LOGIN = 64;
    static final int MAX_NAME = AdminRules.MAX_NAME;
    static final int MAX_CODE = 32;

    /** A township the file creates. */
    record NewTownship(int row, String code, String name, TownshipKind kind) {}

    /**
     * A user the file creates: the township of a drafter or lead and the townships an advisor serves are named as in
     * the file (a name or a code), resolved once the townships exist.
     */
    record NewUser(
            int row,
            String login,
            String name,
            String phone,
            String email,
            Set<Role> roles,
            String township,
            List<String> advised) {}

    /** What the file creates, and every problem found; nothing is created while there is one. */
    record Plan(List<NewTownship> townships, List<NewUser> users, List<ImportProblem> problems) {}

    /**
     * What exists already: the names and codes of the county's townships, and which of the file's township codes and
     * logins are taken anywhere in the installation.
     */
    record Existing(
            Set<String> townshipNames, Set<String> townshipCodes, Set<String> takenCodes, Set<String> takenLogins) {}

    private ImportCheck() {}

    static Plan check(ImportSheets.Parsed parsed, ImportFormat format, Existing existing) {
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        List<NewTownship> townships = townships(parsed.townships(), format, existing, problems);
        Set<String> known = new HashSet<>(existing.townshipNames());
        known.addAll(existing.townshipCodes());
        parsed.townships().forEach(row -> {
            known.add(row.cell(T_NAME));
            known.add(row.cell(T_CODE));
        });
        known.remove("");
        List<NewUser> users = users(parsed.users(), format, existing, known, problems);
        problems.sort(
                java.util.Comparator.comparing((ImportProblem p) -> !p.sheet().equals(format.townshipSheet()))
                        .thenComparingInt(ImportProblem::row));
        return new Plan(townships, users, problems);
    }

    private static List<NewTownship> townships(
            List<SheetRow> rows, ImportFormat format, Existing existing, List<ImportProblem> problems) {
        String sheet = format.townshipSheet();
        List<NewTownship> townships = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        for (SheetRow row : rows) {
            Problems p = new Problems(sheet, row.number(), problems);
            required(row, ImportFormat.TOWNSHIP_REQUIRED, format.townshipHeaders(), p);
            String name = row.cell(T_NAME);
            String code = row.cell(T_CODE);
            String kindText = row.cell(T_KIND);
            if (!name.isEmpty()) {
                tooLong(name, MAX_NAME, format.townshipHeaders().get(T_NAME), p);
                Integer first = names.putIfAbsent(name, row.number());
                if (first != null) {
                    p.add("import.problem.townshipNameTwice", name, first);
                } else if (existing.townshipNames().contains(name)) {
                    p.add("import.problem.townshipNameTaken", name);
                }
            }
            if (!code.isEmpty()) {
                if (!AdminRules.accepts(() -> AdminRules.townshipCode(code))) {
                    p.add("import.problem.code", code, MAX_CODE);
                }
                Integer first = codes.putIfAbsent(code, row.number());
                if (first != null) {
                    p.add("import.problem.codeTwice", code, first);
                } else if (existing.takenCodes().contains(code)) {
                    p.add("import.problem.codeTaken", code);
                }
            }
            TownshipKind kind = kindText.isEmpty() ? null : format.kinds().get(ImportFormat.key(kindText));
            if (!kindText.isEmpty() && kind == null) {
                p.add("import.problem.kind", kindText, format.kindList());
            }
            townships.add(new NewTownship(row.number(), code, name, kind));
        }
        return townships;
    }

    private static List<NewUser> users(
            List<SheetRow> rows,
            ImportFormat format,
            Existing existing,
            Set<String> knownTownships,
            List<ImportProblem> problems) {
        String sheet = format.userSheet();
        List<String> headers = format.userHeaders();
        List<NewUser> users = new ArrayList<>();
        Map<String, Integer> logins = new HashMap<>();
        for (SheetRow row : rows) {
            Problems p = new Problems(sheet, row.number(), problems);
            required(row, ImportFormat.USER_REQUIRED, headers, p);
            String login = row.cell(U_LOGIN);
            if (!login.isEmpty()) {
                if (!AdminRules.accepts(() -> AdminRules.login(login))) {
                    p.add("import.problem.login", login, MAX_LOGIN);
                }
                Integer first = logins.putIfAbsent(login, row.number());
                if (first != null) {
                    p.add("import.problem.loginTwice", login, first);
                } else if (existing.takenLogins().contains(login)) {
                    p.add("import.problem.loginTaken", login);
                }
            }
            String name = row.cell(U_NAME);
            tooLong(name, MAX_NAME, headers.get(U_NAME), p);
            String email = row.cell(U_EMAIL);
            if (!AdminRules.accepts(() -> AdminRules.email(email))) {
                p.add("import.problem.email", email);
            }
            String phone = row.cell(U_PHONE);
            if (!AdminRules.accepts(() -> AdminRules.phone(phone))) {
                p.add("import.problem.phone", phone);
            }
            Set<Role> roles = roles(row.cell(U_ROLES), format, p);

            List<String> township = ImportFormat.split(row.cell(U_TOWNSHIP));
            boolean needsTownship = roles.contains(Role.DRAFTER) || roles.contains(Role.TOWNSHIP_LEAD);
            if (needsTownship && township.isEmpty()) {
                p.add("import.problem.townshipRequired", headers.get(U_TOWNSHIP));
            } else if (!needsTownship && !township.isEmpty() && !roles.isEmpty()) {
                p.add("import.problem.townshipNotUsed", headers.get(U_TOWNSHIP));
            } else if (township.size() > 1) {
                p.add("import.problem.oneTownship", headers.get(U_TOWNSHIP));
            }
            township.stream()
                    .filter(t -> !knownTownships.contains(t))
                    .forEach(t -> p.add("import.problem.unknownTownship", t));

            List<String> advised = ImportFormat.split(row.cell(U_ADVISED));
            boolean advisor = roles.contains(Role.LEGAL_ADVISOR);
            if (advisor && advised.isEmpty()) {
                p.add("import.problem.advisedRequired", headers.get(U_ADVISED));
            } else if (!advisor && !advised.isEmpty() && !roles.isEmpty()) {
                p.add("import.problem.advisedNotUsed", headers.get(U_ADVISED));
            }
            advised.stream()
                    .distinct()
                    .filter(t -> !knownTownships.contains(t))
                    .forEach(t -> p.add("import.problem.unknownTownship", t));

            users.add(new NewUser(
                    row.number(),
                    login,
                    name,
                    phone,
                    email,
                    roles,
                    township.isEmpty() ? null : township.get(0),
                    advised.stream().distinct().toList()));
        }
        return users;
    }

    /** The roles the cell names; a problem for each unknown or installation role, and for a refused combination. */
    private static Set<Role> roles(String cell, ImportFormat format, Problems p) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        boolean refused = false;
        for (String word : ImportFormat.split(cell)) {
            Role role = format.roles().get(ImportFormat.key(word));
            if (role == null) {
                p.add("import.problem.role", word, String.join("、", format.countyRoleNames()));
                refused = true;
            } else if (!role.ofCounty()) {
                p.add("import.problem.installationRole", word);
                refused = true;
            } else {
                roles.add(role);
            }
        }
        if (!refused && !roles.isEmpty()) {
            try {
                // The county is the importing administrator's: any id stands for it here.
                RoleRules.check(roles, 0L);
            } catch (FlowException e) {
                p.add(e.messageKey(), e.args());
            }
        }
        return roles;
    }

    private static void required(SheetRow row, List<Integer> columns, List<String> headers, Problems p) {
        for (int column : columns) {
            if (row.cell(column).isEmpty()) {
                p.add("import.problem.required", headers.get(column));
            }
        }
    }

    private static void tooLong(String value, int max, String header, Problems p) {
        if (value.codePointCount(0, value.length()) > max) {
            p.add("import.problem.tooLong", header, max);
        }
    }

    /** The problems of one row. */
    private record Problems(String sheet, int row, List<ImportProblem> all) {

        void add(String key, Object... args) {
            all.add(ImportProblem.of(sheet, row, key, args));
        }
    }
}
