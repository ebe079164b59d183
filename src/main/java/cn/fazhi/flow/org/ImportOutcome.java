package cn.fazhi.flow.org;

import java.util.List;

/**
 * What an import did, or would do on a dry run: how many townships and users the file creates, every problem found
 * (nothing is imported while there is one), and the accounts created with their one-time passwords (only when
 * actually imported).
 */
public record ImportOutcome(
        int townships, int users, List<ImportProblem> problems, List<ImportedAccount> accounts, boolean imported) {

    public ImportOutcome {
        problems = List.copyOf(problems);
        accounts = List.copyOf(accounts);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
