package cn.fazhi.flow.org;

import java.util.Optional;

/**
 * The work a user has taken, as the feature that runs the reviews knows it. The organisation asks before it takes a
 * township from a legal advisor, so that nobody is left with a task they may no longer open.
 */
public interface ClaimedTasks {

    /**
     * The year of the township's report whose open task the user has claimed, if any (a township has one report a
     * year, so this names the report).
     */
    Optional<Integer> claimedIn(String login, long townshipId);
}
