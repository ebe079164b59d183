package cn.fazhi.flow.org;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The users. The sign-in counters change by single UPDATE statements, never read-modify-write, so that every node
 * counts the same failures.
 */
interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByCountyIdOrderByUsername(Long countyId);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    /** Counts a wrong password; answers 0 for an unknown login. */
    @Modifying
    @Query("update AppUser u set u.failedSignIns = u.failedSignIns + 1 where u.username = :username")
    int addFailedSignIn(String username);

    /** Locks the account if it has reached the failures, and starts the count again; answers 1 if it locked it. */
    @Modifying
    @Query("update AppUser u set u.lockedUntil = :until, u.failedSignIns = 0"
            + " where u.username = :username and u.failedSignIns >= :failures")
    int lockIfFailedAtLeast(String username, int failures, Instant until);

    /** After a verified password: no failures counted, no lock (one UPDATE only when there is something to clear). */
    @Modifying
    @Query("update AppUser u set u.failedSignIns = 0, u.lockedUntil = null"
            + " where u.username = :username and (u.failedSignIns > 0 or u.lockedUntil is not null)")
    int clearFailedSignIns(String username);

    @Query("select u.lockedUntil from AppUser u where u.username = :username")
    Optional<Instant> findLockedUntil(String username);

    @Query("select u.credentialsVersion from AppUser u where u.id = :id")
    Optional<Long> findCredentialsVersion(long id);
}
