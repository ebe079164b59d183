package cn.fazhi.flow.org;

import java.util.Set;

/** A signed-in user as the other features see them: who, where, and in which roles. */
public record UserAccount(
        long id,
        String username,
        String displayName,
        String email,
        long countyId,
        Long townshipId,
        String townshipName,
        Set<Role> roles,
        Set<Long> advisedTownships,
        String locale)
        implements java.io.Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
