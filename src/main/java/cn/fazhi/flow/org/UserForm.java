package cn.fazhi.flow.org;

import java.util.Set;

/**
 * What an administrator writes about a user, to create or change them. {@code countyId} null means the
 * administrator's own county; {@code townshipId} is that of a DRAFTER or TOWNSHIP_LEAD; {@code advisedTownshipIds}
 * those a LEGAL_ADVISOR serves. The login cannot change once created.
 */
public record UserForm(
        String login,
        String name,
        String email,
        String phone,
        Set<Role> roles,
        Long countyId,
        Long townshipId,
        Set<Long> advisedTownshipIds) {}
