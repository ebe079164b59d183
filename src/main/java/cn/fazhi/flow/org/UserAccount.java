package cn.fazhi.flow.org;

import cn.fazhi.flow.base.FlowException;
import java.util.Set;

/**
 * A signed-in user as the other features see them: who, where, and in which roles. {@code countyId} is null for the
 * installation's own accounts (SYSTEM_ADMIN, AUDITOR), which belong to no county.
 */
public record UserAccount(
        long id,
        String username,
        String displayName,
        String email,
        Long countyId,
        Long townshipId,
        String townshipName,
        Set<Role> roles,
        Set<Long> advisedTownships,
        String locale)
        implements java.io.Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the user belongs to the county. */
    public boolean inCounty(long county) {
        return countyId != null && countyId == county;
    }

    /** The user's county; 403 for an account of the installation, which has none. */
    public long county() {
        if (countyId == null) {
            throw FlowException.forbidden("error.noAccess");
        }
        return countyId;
    }
}
