package cn.fazhi.flow.org;

import java.util.Set;

/**
 * Who the signed-in user is ({@code GET /api/me}): login, name, roles, county and township (null for the
 * installation's accounts), and whether they must change their password before anything else.
 */
public record MyAccount(
        String login,
        String name,
        Set<Role> roles,
        Long countyId,
        String county,
        Long townshipId,
        String township,
        boolean passwordChangeRequired) {}
