package cn.fazhi.flow.org;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.base.SecurityAction;
import cn.fazhi.flow.base.SecurityEvent;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administration of the organisation, the write side of {@link OrgService}: the SYSTEM_ADMIN creates counties and
 * their first ADMIN; a county's ADMIN manages its townships, users and settings, and nothing of another county. Every
 * method checks who asks here, whatever the page or the API shows; every change goes to the security log.
 */
@Service
@Transactional
public class OrgAdministration {

    private final OrgService org;
    private final CountyRepository counties;
    private final TownshipRepository townships;
    private final AppUserRepository users;
    private final Passwords passwords;
    private final ObjectProvider<ClaimedTasks> claimedTasks;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;

    OrgAdministration(
            OrgService org,
            CountyRepository counties,
            TownshipRepository townships,
            AppUserRepository users,
            Passwords passwords,
            ObjectProvider<ClaimedTasks> claimedTasks,
            ApplicationEventPublisher events,
            Messages messages,
            Clock clock) {
        this.org = org;
        this.counties = counties;
        this.townships = townships;
        this.users = users;
        this.passwords = passwords;
        this.claimedTasks = claimedTasks;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    // --- counties (SYSTEM_ADMIN) ---

    @Transactional(readOnly = true)
    public List<CountyInfo> counties() {
        requireSystemAdmin();
        return org.counties();
    }

    /** A new county by its name and 6-digit 行政区划代码 (unique). */
    public long createCounty(String name, String code) {
        UserAccount me = requireSystemAdmin();
        String n = AdminRules.name(name);
        String c = AdminRules.countyCode(code);
        if (counties.findByCode(c).isPresent()) {
            throw FlowException.conflict("error.admin.countyCodeTaken", c);
        }
        long id = counties.save(new County(c, n, false)).getId();
        log(me, SecurityAction.COUNTY_CREATED, "county:" + id, "security.detail.named", n, c);
        return id;
    }

    public void updateCounty(long countyId, String name, String code) {
        UserAccount me = requireSystemAdmin();
        County county =
                counties.findById(countyId).orElseThrow(() -> FlowException.notFound("error.countyNotFound", countyId));
        String n = AdminRules.name(name);
        String c = AdminRules.countyCode(code);
        counties.findByCode(c)
                .filter(other -> !other.getId().equals(county.getId()))
                .ifPresent(other -> {
                    throw FlowException.conflict("error.admin.countyCodeTaken", c);
                });
        county.rename(n, c);
        log(me, SecurityAction.COUNTY_CHANGED, "county:" + countyId, "security.detail.named", n, c);
    }

    /** The county's first ADMIN (or another one), by the SYSTEM_ADMIN, with a one-time password. */
    public NewAccount createCountyAdmin(long countyId, String login, String name, String email, String phone) {
        UserAccount me = requireSystemAdmin();
        counties.findById(countyId).orElseThrow(() -> FlowException.notFound("error.countyNotFound", countyId));
        return create(me, new UserForm(login, name, email, phone, EnumSet.of(Role.ADMIN), countyId, null, Set.of()));
    }

    // --- townships (the county's ADMIN) ---

    @Transactional(readOnly = true)
    public List<TownshipEntry> townships() {
        UserAccount me = requireCountyAdmin();
        return townships.findByCountyIdOrderByCode(me.county()).stream()
                .map(Township::entry)
                .toList();
    }

    public long createTownship(TownshipForm form) {
        UserAccount me = requireCountyAdmin();
        County county = counties.findById(ownCounty(me, form.countyId())).orElseThrow();
        String name = AdminRules.name(form.name());
        String code = AdminRules.townshipCode(form.code());
        if (form.kind() == null) {
            throw FlowException.invalid("error.admin.kindMissing");
        }
        if (townships.findByCode(code).isPresent()) {
            throw FlowException.conflict("error.admin.townshipCodeTaken", code);
        }
        Township township = new Township(county, code, name, form.kind());
        if (Boolean.FALSE.equals(form.active())) {
            township.change(code, name, form.kind(), false);
        }
        long id = townships.save(township).getId();
        log(me, SecurityAction.TOWNSHIP_CREATED, "township:" + id, "security.detail.named", name, code);
        return id;
    }

    /**
     * Renames a township, changes its kind or code, deactivates or reactivates it. Its reports keep the name they were
     * written under; a deactivated township gets no report in a new campaign.
     */
    public void updateTownship(long townshipId, TownshipForm form) {
        UserAccount me = requireCountyAdmin();
        Township township = ownTownship(me, townshipId);
        if (form.countyId() != null
                && !form.countyId().equals(township.getCounty().getId())) {
            throw FlowException.invalid("error.admin.townshipCountyFixed");
        }
        String name = form.name() == null ? township.getName() : AdminRules.name(form.name());
        String code = form.code() == null ? township.getCode() : AdminRules.townshipCode(form.code());
        TownshipKind kind = form.kind() == null ? township.getKind() : form.kind();
        boolean active = form.active() == null ? township.isActive() : form.active();
        townships
                .findByCode(code)
                .filter(other -> !other.getId().equals(township.getId()))
                .ifPresent(other -> {
                    throw FlowException.conflict("error.admin.townshipCodeTaken", code);
                });
        String before = township.getName();
        township.change(code, name, kind, active);
        log(
                me,
                SecurityAction.TOWNSHIP_CHANGED,
                "township:" + townshipId,
                "security.detail.township",
                before,
                name,
                code,
                messages.get(Messages.CHINESE, active ? "admin.active" : "admin.inactive"));
    }

    // --- users (the county's ADMIN) ---

    /** The county's users by login, active or not. */
    @Transactional(readOnly = true)
    public List<UserEntry> users() {
        UserAccount me = requireCountyAdmin();
        return users.findByCountyIdOrderByUsername(me.county()).stream()
                .map(this::entry)
                .toList();
    }

    @Transactional(readOnly = true)
    public UserEntry user(long userId) {
        return entry(ownUser(requireCountyAdmin(), userId));
    }

    /** Creates a user of the county with a one-time password, to be changed at their first sign-in. */
    public NewAccount createUser(UserForm form) {
        UserAccount me = requireCountyAdmin();
        long county = ownCounty(me, form.countyId());
        return create(
                me,
                new UserForm(
                        form.login(),
                        form.name(),
                        form.email(),
                        form.phone(),
                        form.roles(),
                        county,
                        form.townshipId(),
                        form.advisedTownshipIds()));
    }

    private NewAccount create(UserAccount me, UserForm form) {
        String login = AdminRules.login(form.login());
        if (users.findByUsername(login).isPresent()) {
            throw FlowException.conflict("error.admin.loginTaken", login);
        }
        String name = AdminRules.name(form.name());
        String email = AdminRules.email(form.email());
        String phone = AdminRules.phone(form.phone());
        Set<Role> roles = roles(form.roles(), form.countyId());
        Placement placement = placement(roles, form.townshipId(), form.advisedTownshipIds(), form.countyId());
        String oneTime = passwords.oneTime(login);
        AppUser user = new AppUser(
                login, passwords.hash(oneTime), name, form.countyId(), placement.township(), clock.instant(), true);
        user.setEmail(email);
        user.setPhone(phone);
        user.getRoles().addAll(roles);
        user.getAdvisedTownships().addAll(placement.advised());
        long id;
        try {
            // Flushed here: of two requests creating the same login at once, the loser meets the unique key now and
            // is told the login is taken (409), instead of failing at commit with an unexpected error.
            id = users.saveAndFlush(user).getId();
        } catch (DataIntegrityViolationException e) {
            throw FlowException.conflict("error.admin.loginTaken", login);
        }
        log(me, SecurityAction.USER_CREATED, "user:" + login, "security.detail.user", name, roleNames(roles));
        return new NewAccount(id, oneTime);
    }

    /**
     * Changes a user: name, contacts, roles, township (a move), the townships an advisor serves. Refused when it would
     * leave the county without an active ADMIN, or take from an advisor a township where they hold a claimed task.
     */
    public void updateUser(long userId, UserForm form) {
        UserAccount me = requireCountyAdmin();
        AppUser user = ownUser(me, userId);
        if (form.login() != null && !form.login().strip().equals(user.getUsername())) {
            throw FlowException.invalid("error.admin.loginFixed");
        }
        if (form.countyId() != null && !form.countyId().equals(user.getCountyId())) {
            throw FlowException.invalid("error.admin.userCountyFixed");
        }
        String name = AdminRules.name(form.name());
        String email = AdminRules.email(form.email());
        String phone = AdminRules.phone(form.phone());
        Set<Role> roles = roles(form.roles(), user.getCountyId());
        if (user.isEnabled() && user.getRoles().contains(Role.ADMIN)) {
            AdminRules.keepsAnAdmin(roles.contains(Role.ADMIN), otherActiveAdmins(user));
        }
        Placement placement = placement(roles, form.townshipId(), form.advisedTownshipIds(), user.getCountyId());
        Set<Long> removed =
                new HashSet<>(user.getRoles().contains(Role.LEGAL_ADVISOR) ? user.getAdvisedTownships() : Set.of());
        removed.removeAll(placement.advised());
        for (long township : removed) {
            claimedTasks
                    .orderedStream()
                    .map(c -> c.claimedIn(user.getUsername(), township))
                    .flatMap(java.util.Optional::stream)
                    .findFirst()
                    .ifPresent(report -> {
                        throw FlowException.conflict("error.admin.advisorHoldsTask", townshipName(township), report);
                    });
        }
        user.setDisplayName(name);
        user.setEmail(email);
        user.setPhone(phone);
        user.getRoles().clear();
        user.getRoles().addAll(roles);
        user.setTownshipId(placement.township());
        user.getAdvisedTownships().clear();
        user.getAdvisedTownships().addAll(placement.advised());
        log(
                me,
                SecurityAction.USER_CHANGED,
                "user:" + user.getUsername(),
                "security.detail.user",
                name,
                roleNames(roles));
    }

    /**
     * Deactivates a user (never deleted: their name stays in every history): they can no longer sign in, their
     * sessions end, and the tasks they had claimed go back to their pools. Not the county's last active ADMIN.
     */
    public void deactivateUser(long userId) {
        UserAccount me = requireCountyAdmin();
        AppUser user = ownUser(me, userId);
        if (!user.isEnabled()) {
            return;
        }
        if (user.getRoles().contains(Role.ADMIN)) {
            AdminRules.keepsAnAdmin(false, otherActiveAdmins(user));
        }
        user.setEnabled(false);
        user.endSessions();
        events.publishEvent(new UserDeactivated(user.getId(), user.getUsername()));
        log(
                me,
                SecurityAction.USER_DEACTIVATED,
                "user:" + user.getUsername(),
                "security.detail.named",
                user.getDisplayName(),
                user.getUsername());
    }

    public void activateUser(long userId) {
        UserAccount me = requireCountyAdmin();
        AppUser user = ownUser(me, userId);
        if (user.isEnabled()) {
            return;
        }
        user.setEnabled(true);
        log(
                me,
                SecurityAction.USER_ACTIVATED,
                "user:" + user.getUsername(),
                "security.detail.named",
                user.getDisplayName(),
                user.getUsername());
    }

    /**
     * A new one-time password for a user: the county's ADMIN for their county's users, the SYSTEM_ADMIN for the
     * counties' ADMINs ({@link OrgService#resetPassword}); nobody for themselves.
     */
    public String resetPassword(long userId) {
        UserAccount me = org.currentUser();
        AppUser user;
        if (AccessPolicy.isCountyAdmin(me)) {
            user = ownUser(me, userId);
        } else if (AccessPolicy.isSystemAdmin(me)) {
            user = users.findById(userId).orElseThrow(() -> FlowException.notFound("error.userNotFound", userId));
        } else {
            throw FlowException.forbidden("error.admin.countyAdminOnly");
        }
        return org.resetPassword(user.getUsername());
    }

    // --- county settings (the county's ADMIN) ---

    @Transactional(readOnly = true)
    public CountySettings settings() {
        UserAccount me = requireCountyAdmin();
        return counties.findById(me.county()).orElseThrow().settings();
    }

    public void updateSettings(CountySettings settings) {
        UserAccount me = requireCountyAdmin();
        AdminRules.settings(settings);
        County county = counties.findById(me.county()).orElseThrow();
        county.apply(settings);
        log(
                me,
                SecurityAction.SETTING_CHANGED,
                "county:" + county.getId(),
                "security.detail.countySettings",
                messages.get(Messages.CHINESE, settings.leadSignOffRequired() ? "admin.yes" : "admin.no"),
                settings.legalReviewDays(),
                settings.countyReviewDays(),
                messages.get(
                        Messages.CHINESE,
                        "admin.settings.monthDay",
                        settings.publicationDue().getMonthValue(),
                        settings.publicationDue().getDayOfMonth()));
    }

    // --- who may, and the rules every change keeps ---

    private UserAccount requireSystemAdmin() {
        UserAccount me = org.currentUser();
        AccessPolicy.requireSystemAdmin(me, "error.admin.systemAdminOnly");
        return me;
    }

    /** The signed-in ADMIN of a county; everyone else is refused (403). */
    UserAccount requireCountyAdmin() {
        UserAccount me = org.currentUser();
        AccessPolicy.requireCountyAdmin(me, "error.admin.countyAdminOnly");
        return me;
    }

    /** The county a request names (null: the administrator's own); another county is refused. */
    private static long ownCounty(UserAccount me, Long countyId) {
        if (countyId != null && !me.inCounty(countyId)) {
            throw FlowException.forbidden("error.admin.foreignCounty");
        }
        return me.county();
    }

    private Township ownTownship(UserAccount me, long townshipId) {
        Township township = townships
                .findById(townshipId)
                .orElseThrow(() -> FlowException.notFound("error.townshipNotFound", townshipId));
        if (!me.inCounty(township.getCounty().getId())) {
            throw FlowException.forbidden("error.admin.foreignCounty");
        }
        return township;
    }

    private AppUser ownUser(UserAccount me, long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> FlowException.notFound("error.userNotFound", userId));
        if (user.getCountyId() == null || !me.inCounty(user.getCountyId())) {
            throw FlowException.forbidden("error.admin.foreignCounty");
        }
        return user;
    }

    private static Set<Role> roles(Collection<Role> requested, Long countyId) {
        Set<Role> roles =
                requested == null || requested.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(requested);
        AdminRules.countyRolesOnly(roles);
        RoleRules.check(roles, countyId);
        return roles;
    }

    private record Placement(Long township, Set<Long> advised) {}

    /**
     * Where a user works: the township of a DRAFTER or TOWNSHIP_LEAD (required, kept only for them), the townships a
     * LEGAL_ADVISOR serves (kept only for them); all of the user's county.
     */
    private Placement placement(Set<Role> roles, Long townshipId, Collection<Long> advised, long countyId) {
        boolean placed = roles.contains(Role.DRAFTER) || roles.contains(Role.TOWNSHIP_LEAD);
        AdminRules.townshipWhereNeeded(roles, townshipId);
        Long township = null;
        if (placed) {
            inCounty(townshipId, countyId);
            township = townshipId;
        }
        Set<Long> served = new HashSet<>();
        if (roles.contains(Role.LEGAL_ADVISOR) && advised != null) {
            for (Long t : advised) {
                inCounty(t, countyId);
                served.add(t);
            }
        }
        return new Placement(township, served);
    }

    private void inCounty(Long townshipId, long countyId) {
        Township township = townships
                .findById(townshipId)
                .orElseThrow(() -> FlowException.invalid("error.townshipNotFound", townshipId));
        if (township.getCounty().getId() != countyId) {
            throw FlowException.invalid("error.admin.foreignTownship", township.getName());
        }
    }

    private long otherActiveAdmins(AppUser user) {
        return users.findByCountyIdOrderByUsername(user.getCountyId()).stream()
                .filter(u -> !u.getId().equals(user.getId()))
                .filter(AppUser::isEnabled)
                .filter(u -> u.getRoles().contains(Role.ADMIN))
                .count();
    }

    private String townshipName(long townshipId) {
        return townships.findById(townshipId).map(Township::getName).orElse(String.valueOf(townshipId));
    }

    private UserEntry entry(AppUser user) {
        UserAccount account = org.account(user);
        return new UserEntry(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.getEmail(),
                user.getPhone(),
                user.getCountyId(),
                user.getTownshipId(),
                account.townshipName(),
                account.roles(),
                account.advisedTownships(),
                user.isEnabled());
    }

    private String roleNames(Set<Role> roles) {
        return roles.stream()
                .sorted(Comparator.naturalOrder())
                .map(r -> messages.get(Messages.CHINESE, "role." + r.name()))
                .collect(Collectors.joining("、"));
    }

    private void log(UserAccount me, SecurityAction action, String target, String detailKey, Object... args) {
        events.publishEvent(SecurityEvent.succeeded(
                action, me.username(), target, messages.get(Messages.CHINESE, detailKey, args)));
    }
}
