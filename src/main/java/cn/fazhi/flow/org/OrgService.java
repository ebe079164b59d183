package cn.fazhi.flow.org;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.base.SecurityAction;
import cn.fazhi.flow.base.SecurityEvent;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counties, townships and users, and the one place that answers "may this user see that township?". Every change of
 * the organisation goes to the security log.
 */
@Service
@Transactional(readOnly = true)
public class OrgService {

    private final CountyRepository counties;
    private final TownshipRepository townships;
    private final AppUserRepository users;
    private final Passwords passwords;
    private final SignInAttempts signIns;
    private final ApplicationEventPublisher events;
    private final AccountSecurityProperties properties;
    private final Clock clock;
    private final Messages messages;

    OrgService(
            CountyRepository counties,
            TownshipRepository townships,
            AppUserRepository users,
            Passwords passwords,
            SignInAttempts signIns,
            ApplicationEventPublisher events,
            AccountSecurityProperties properties,
            Clock clock,
            Messages messages) {
        this.counties = counties;
        this.townships = townships;
        this.users = users;
        this.passwords = passwords;
        this.signIns = signIns;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.messages = messages;
    }

    /** The signed-in user, or 403 when nobody is signed in. */
    public UserAccount currentUser() {
        return findCurrentUser().orElseThrow(() -> FlowException.forbidden("error.notSignedIn"));
    }

    public Optional<UserAccount> findCurrentUser() {
        return signedIn().map(SignedInUser::account);
    }

    private static Optional<SignedInUser> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user as {@code GET /api/me} describes them; 403 when nobody is signed in. */
    public MyAccount me() {
        UserAccount me = currentUser();
        String county = me.countyId() == null
                ? null
                : counties.findById(me.countyId()).map(County::getName).orElse(null);
        return new MyAccount(
                me.username(),
                me.displayName(),
                me.roles(),
                me.countyId(),
                county,
                me.townshipId(),
                me.townshipName(),
                passwordChangeRequired());
    }

    // --- passwords and sessions ---

    /**
     * The account a county's single sign-on platform vouched for, matched by its login, as the principal a password
     * sign-in would give (the same roles and townships): empty, and the refusal written to the security log, when no
     * account has that login or it is deactivated. A password lockout does not stop it (it guards the local password,
     * which was not used). The session so begun never asks for a password change.
     */
    @Transactional
    public Optional<Authentication> signInWithSso(String login) {
        Optional<AppUser> found = login == null || login.isBlank() ? Optional.empty() : users.findByUsername(login);
        String actor = login == null ? "" : login;
        if (found.isEmpty() || !found.get().isEnabled()) {
            String detail = found.isEmpty() ? "security.detail.ssoUnknown" : SignInAttempts.DISABLED;
            signIns.refusedSso(actor, detail);
            return Optional.empty();
        }
        AppUser user = found.get();
        SignedInUser principal = SignedInUser.viaSingleSignOn(user, account(user), clock.instant());
        events.publishEvent(SecurityEvent.succeeded(
                SecurityAction.SSO_SIGN_IN, user.getUsername(), SignInAttempts.target(user.getUsername()), ""));
        return Optional.of(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /** Whether the signed-in user came through the county's single sign-on (and has no password to change here). */
    public boolean signedInWithSso() {
        return signedIn().map(SignedInUser::singleSignOn).orElse(false);
    }

    /**
     * Whether the signed-in user must change their password before doing anything else (an administrator set it, or
     * it expired), as of their sign-in (of this call, for HTTP Basic).
     */
    public boolean passwordChangeRequired() {
        return signedIn().map(SignedInUser::passwordChangeRequired).orElse(false);
    }

    /**
     * Whether the signed-in user's password is still the one they signed in with: false once it was changed or reset
     * since, on whichever node, so that the session ends. One small query.
     */
    public boolean credentialsCurrent() {
        return signedIn()
                .map(me -> users.findCredentialsVersion(me.account().id())
                        .map(version -> version == me.credentialsVersion())
                        .orElse(false))
                .orElse(true);
    }

    /**
     * The signed-in user changes their own password: the current one, then a new one by the policy (400 with the
     * rule it breaks). A wrong current password counts as a failed sign-in, and a locked account changes nothing.
     * The user's other sessions end; this one goes on.
     */
    @Transactional
    public void changePassword(String current, String next) {
        UserAccount me = currentUser();
        AppUser user = users.findById(me.id()).orElseThrow(() -> FlowException.forbidden("error.notSignedIn"));
        if (user.lockedAt(clock.instant())) {
            throw FlowException.forbidden("error.password.locked");
        }
        if (!passwords.matches(current, user)) {
            signIns.failed(user.getUsername(), null, SignInAttempts.WRONG_CURRENT_PASSWORD);
            throw FlowException.invalid("error.password.currentWrong");
        }
        passwords.choose(user, next == null ? "" : next);
        events.publishEvent(SecurityEvent.succeeded(
                SecurityAction.PASSWORD_CHANGED, me.username(), SignInAttempts.target(me.username()), ""));
        stayingSignedIn(user);
    }

    /**
     * An administrator resets a user's password to a one-time password, which the user must change at their next
     * sign-in; the user's sessions end and a lock is lifted. A county's ADMIN resets the users of their county, the
     * SYSTEM_ADMIN the installation's accounts and the counties' ADMINs; nobody their own (they change it). Answers
     * the one-time password, to be handed to the user.
     */
    @Transactional
    public String resetPassword(String username) {
        UserAccount me = currentUser();
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> FlowException.notFound("error.userNotFound", username));
        if (user.getId() == me.id() || !mayReset(me, user)) {
            throw FlowException.forbidden("error.noAccess");
        }
        String oneTime = passwords.reset(user);
        events.publishEvent(SecurityEvent.succeeded(
                SecurityAction.PASSWORD_RESET, me.username(), SignInAttempts.target(username), ""));
        return oneTime;
    }

    private static boolean mayReset(UserAccount me, AppUser user) {
        return AccessPolicy.mayResetPassword(me, user.getCountyId(), user.getRoles());
    }

    /** This session takes the user's new credentials, so that it is not ended with their other sessions. */
    private void stayingSignedIn(AppUser user) {
        var context = SecurityContextHolder.getContext();
        Authentication before = context.getAuthentication();
        SignedInUser principal = signedInWithSso()
                ? SignedInUser.viaSingleSignOn(user, account(user), clock.instant())
                : principal(user);
        var after = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        after.setDetails(before.getDetails());
        context.setAuthentication(after);
    }

    /** Marks the demo's accounts, which keep their published password (start-up only). */
    @Transactional
    public void markDemoAccounts(Collection<String> usernames) {
        requireSetUp(null);
        users.findByUsernameIn(usernames).forEach(AppUser::markDemo);
    }

    public TownshipInfo township(long townshipId) {
        return townships
                .findById(townshipId)
                .map(Township::info)
                .orElseThrow(() -> FlowException.notFound("error.townshipNotFound", townshipId));
    }

    public List<TownshipInfo> townshipsOfCounty(long countyId) {
        return townships.findByCountyIdOrderByCode(countyId).stream()
                .map(Township::info)
                .toList();
    }

    /** The county's active townships, by code: those a new campaign opens a report for. */
    public List<TownshipInfo> activeTownshipsOfCounty(long countyId) {
        return townships.findByCountyIdOrderByCode(countyId).stream()
                .filter(Township::isActive)
                .map(Township::info)
                .toList();
    }

    /** The county's settings and campaign defaults. For the features that apply them: no user check. */
    public CountySettings countySettings(long countyId) {
        return counties.findById(countyId)
                .map(County::settings)
                .orElseThrow(() -> FlowException.notFound("error.countyNotFound", countyId));
    }

    /** Whether the installation has any account at all (an empty one shows how to create the first). */
    public boolean hasAnyUser() {
        return users.count() > 0;
    }

    public boolean canRead(UserAccount user, long townshipId) {
        return townships
                .findById(townshipId)
                .map(t -> AccessPolicy.mayRead(user, t.info()))
                .orElse(false);
    }

    /** The township, if the current user may see its reports; 403 otherwise. */
    public TownshipInfo requireReadable(long townshipId) {
        TownshipInfo township = township(townshipId);
        if (!AccessPolicy.mayRead(currentUser(), township)) {
            throw FlowException.forbidden("error.noAccess");
        }
        return township;
    }

    /** The township, if the current user drafts its reports; 403 otherwise. */
    public TownshipInfo requireDraftable(long townshipId) {
        TownshipInfo township = requireReadable(townshipId);
        if (!AccessPolicy.mayDraft(currentUser(), township.id())) {
            throw FlowException.forbidden("error.notDrafter");
        }
        return township;
    }

    /** Every township whose reports the user may see. */
    public Set<Long> readableTownships(UserAccount user) {
        if (user.countyId() == null) {
            return Set.of();
        }
        return townships.findByCountyIdOrderByCode(user.countyId()).stream()
                .map(Township::info)
                .filter(t -> AccessPolicy.mayRead(user, t))
                .map(TownshipInfo::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public Optional<UserAccount> findUser(String username) {
        return users.findByUsername(username).map(this::account);
    }

    /**
     * The enabled users who hold one of the roles for a township: its drafters and leads, the legal advisors assigned to
     * it, and (for COUNTY_REVIEWER and ADMIN) its county's reviewers and administrators. For work no user starts
     * (notifications): no user check.
     */
    public List<UserAccount> townshipUsers(long townshipId, Set<Role> roles) {
        TownshipInfo township = township(townshipId);
        return users.findByCountyIdOrderByUsername(township.countyId()).stream()
                .filter(AppUser::isEnabled)
                .map(this::account)
                .filter(u -> roles.stream().anyMatch(role -> AccessPolicy.holdsFor(u, role, township)))
                .toList();
    }

    /** The enabled users of a county who hold one of the roles. For work no user starts: no user check. */
    public List<UserAccount> countyUsers(long countyId, Set<Role> roles) {
        return users.findByCountyIdOrderByUsername(countyId).stream()
                .filter(AppUser::isEnabled)
                .map(this::account)
                .filter(u -> roles.stream().anyMatch(u::has))
                .toList();
    }

    /** Changes the signed-in user's language; takes effect in their next views and mails. */
    @Transactional
    public void changeLocale(String locale) {
        UserAccount me = currentUser();
        users.findById(me.id()).ifPresent(u -> u.setLocale(locale));
    }

    // --- set-up of an organisation (demo data at start-up, administration) ---

    /**
     * Set-up runs at start-up with nobody signed in (demo data), or by an ADMIN for their own county (a new county
     * only by a start-up task).
     */
    private void requireSetUp(Long countyId) {
        Optional<UserAccount> me = findCurrentUser();
        if (me.isEmpty()) {
            return;
        }
        if (countyId == null || !AccessPolicy.isCountyAdmin(me.get(), countyId)) {
            throw FlowException.forbidden("error.noAccess");
        }
    }

    @Transactional
    public long createCounty(String code, String name, boolean leadSignOffRequired) {
        requireSetUp(null);
        long id = counties.save(new County(code, name, leadSignOffRequired)).getId();
        logChange(SecurityAction.COUNTY_CREATED, "county:" + id, "security.detail.named", name, code);
        return id;
    }

    @Transactional
    public long createTownship(long countyId, String code, String name, TownshipKind kind) {
        requireSetUp(countyId);
        County county =
                counties.findById(countyId).orElseThrow(() -> FlowException.notFound("error.countyNotFound", countyId));
        long id = townships.save(new Township(county, code, name, kind)).getId();
        logChange(SecurityAction.TOWNSHIP_CREATED, "township:" + id, "security.detail.named", name, code);
        return id;
    }

    /**
     * Creates a user. The county roles need the county (and it must exist); an installation account (SYSTEM_ADMIN,
     * AUDITOR) may have none. An AUDITOR never also holds SYSTEM_ADMIN or ADMIN (三员分立). A password an administrator
     * sets must be changed at the user's first sign-in; one set at start-up need not.
     */
    @Transactional
    public long createUser(
            String username,
            String password,
            String displayName,
            String email,
            Long countyId,
            Long townshipId,
            Collection<Role> roles,
            Collection<Long> advisedTownships) {
        requireSetUp(countyId);
        RoleRules.check(roles, countyId);
        boolean byAdministrator = findCurrentUser().isPresent();
        AppUser user = new AppUser(
                username,
                passwords.hash(password),
                displayName,
                countyId,
                townshipId,
                clock.instant(),
                byAdministrator);
        user.setEmail(email);
        user.getRoles().addAll(roles);
        user.getAdvisedTownships().addAll(advisedTownships);
        long id = users.save(user).getId();
        String roleNames = roles.stream()
                .sorted()
                .map(r -> messages.get(Messages.CHINESE, "role." + r.name()))
                .collect(Collectors.joining("、"));
        logChange(SecurityAction.USER_CREATED, "user:" + username, "security.detail.user", displayName, roleNames);
        return id;
    }

    /** Tells the security log of a change, by the signed-in user or the system, in the change's transaction. */
    private void logChange(SecurityAction action, String target, String detailKey, Object... args) {
        String actor = findCurrentUser().map(UserAccount::username).orElse(SecurityEvent.SYSTEM);
        events.publishEvent(
                SecurityEvent.succeeded(action, actor, target, messages.get(Messages.CHINESE, detailKey, args)));
    }

    /**
     * Runs work as the given user, for work no signed-in person starts (demo data, engine jobs). Never reachable from
     * a request. Runs outside any transaction of this service, so the work opens its own.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public <T> T runAs(String username, java.util.function.Supplier<T> work) {
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> FlowException.notFound("error.userNotFound", username));
        var principal = principal(user);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Every county of the installation, by code (SYSTEM_ADMIN). */
    public List<CountyInfo> counties() {
        AccessPolicy.requireSystemAdmin(currentUser(), "error.noAccess");
        return counties.findAll(org.springframework.data.domain.Sort.by("code")).stream()
                .map(c -> new CountyInfo(
                        c.getId(),
                        c.getCode(),
                        c.getName(),
                        townships.findByCountyIdOrderByCode(c.getId()).size(),
                        users.findByCountyIdOrderByUsername(c.getId()).size()))
                .toList();
    }

    public boolean hasCounty(String code) {
        return counties.findByCode(code).isPresent();
    }

    public Optional<Long> countyId(String code) {
        return counties.findByCode(code).map(County::getId);
    }

    /** The user as Spring Security sees them, as of now. */
    SignedInUser principal(AppUser user) {
        return SignedInUser.of(
                user, account(user), clock.instant(), properties.password().maxAge());
    }

    UserAccount account(AppUser user) {
        String townshipName = user.getTownshipId() == null
                ? null
                : townships
                        .findById(user.getTownshipId())
                        .map(Township::getName)
                        .orElse(null);
        return user.account(townshipName);
    }
}
