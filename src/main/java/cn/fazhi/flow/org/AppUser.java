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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

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

    /** Null for the installation's own accounts (SYSTEM_ADMIN, AUDITOR). */
    @Column(name = "county_id")
    private Long countyId;

    @Column(name = "township_id")
    private Long townshipId;

    @Column(nullable = false)
    private String locale = "zh-CN";

    @Column(nullable = false)
    private boolean enabled = true;

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

    AppUser(String username, String passwordHash, String displayName, Long countyId, Long townshipId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.countyId = countyId;
        this.townshipId = townshipId;
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
