package cn.fazhi.flow.org;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A user: who they are, their roles, and the state of their password and sign-ins. */
@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    private String phone;

    /** Null for the installation's own accounts (SYSTEM_ADMIN, AUDITOR). */
    @Column(name = "county_id")
    private Long countyId;

    @Column(name = "township_id")
    private Long townshipId;

    @Column(nullable = false)
    private String locale = "zh-CN";

    @Column(nullable = false)
    private boolean enabled = true;

    /** Consecutive wrong passwords since the last success; changed only by single UPDATEs (AppUserRepository). */
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    /** Set when an administrator set the password: the user changes it before anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** A demo account, exempt from forced change and expiry so that the demo's published logins keep working. */
    @Column(nullable = false)
    private boolean demo;

    /** Counts the password's changes and resets; a session remembers it and ends when it moves on. */
    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "advisor_township", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "township_id")
    private Set<Long> advisedTownships = new HashSet<>();

    protected AppUser() {}

    AppUser(
            String username,
            String passwordHash,
            String displayName,
            Long countyId,
            Long townshipId,
            Instant passwordSetAt,
            boolean mustChangePassword) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.countyId = countyId;
        this.townshipId = townshipId;
        this.passwordChangedAt = passwordSetAt;
        this.mustChangePassword = mustChangePassword;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Long getTownshipId() {
        return townshipId;
    }

    Long getCountyId() {
        return countyId;
    }

    long getCredentialsVersion() {
        return credentialsVersion;
    }

    /** Whether sign-in is refused at that moment after too many wrong passwords. */
    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Whether the user must change their password before doing anything else: an administrator set it, or it is older
     * than {@code maxAge} (zero: passwords never expire). Never for a demo account.
     */
    boolean passwordChangeRequired(Instant now, Duration maxAge) {
        if (demo) {
            return false;
        }
        return mustChangePassword
                || (!maxAge.isZero() && !passwordChangedAt.plus(maxAge).isAfter(now));
    }

    /**
     * A new password hash, set by the user ({@code mustChange} false) or by an administrator (true). Sessions opened
     * with the old password end; a lock and the count of failures are lifted.
     */
    void replacePassword(String hash, Instant at, boolean mustChange) {
        this.passwordHash = hash;
        this.passwordChangedAt = at;
        this.mustChangePassword = mustChange;
        this.credentialsVersion++;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    /** Ends the user's sessions on their next request, on whichever node (deactivation). */
    void endSessions() {
        this.credentialsVersion++;
    }

    void markDemo() {
        this.demo = true;
    }

    boolean isEnabled() {
        return enabled;
    }

    String getLocale() {
        return locale;
    }

    void setLocale(String locale) {
        this.locale = locale;
    }

    void setEmail(String email) {
        this.email = email;
    }

    String getEmail() {
        return email;
    }

    String getPhone() {
        return phone;
    }

    void setPhone(String phone) {
        this.phone = phone;
    }

    String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    void setTownshipId(Long townshipId) {
        this.townshipId = townshipId;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    Set<Role> getRoles() {
        return roles;
    }

    Set<Long> getAdvisedTownships() {
        return advisedTownships;
    }

    UserAccount account(String townshipName) {
        return new UserAccount(
                id,
                username,
                displayName,
                email,
                countyId,
                townshipId,
                townshipName,
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles),
                Set.copyOf(advisedTownships),
                locale);
    }
}
