package cn.fazhi.flow.org;

import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.base.SecurityAction;
import cn.fazhi.flow.base.SecurityEvent;
import cn.fazhi.flow.org.ImportCheck.NewTownship;
import cn.fazhi.flow.org.ImportCheck.NewUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of a county's townships and users from the .xlsx template, by the county's ADMIN into their own county:
 * the template, a dry run that lists every row's problems, and the import itself, all or nothing in one transaction.
 * Each imported user gets a one-time password to change at their first sign-in. Every import is written to the
 * security log (its counts), beside the entries of each township and user it creates.
 */
@Service
@Transactional(readOnly = true)
public class AccountImport {

    private static final Logger log = LoggerFactory.getLogger(AccountImport.class);

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The largest file accepted, in bytes. */
    public static final int MAX_BYTES = ImportSheets.MAX_BYTES;

    private final OrgService org;
    private final OrgAdministration administration;
    private final TownshipRepository townships;
    private final AppUserRepository users;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final ImportFormat format;

    AccountImport(
            OrgService org,
            OrgAdministration administration,
            TownshipRepository townships,
            AppUserRepository users,
            ApplicationEventPublisher events,
            Messages messages) {
        this.org = org;
        this.administration = administration;
        this.townships = townships;
        this.users = users;
        this.events = events;
        this.messages = messages;
        this.format = ImportFormat.of(messages::get, Messages.LOCALES);
    }

    /** The empty template with its instructions (a county's ADMIN). */
    public byte[] template() {
        administration.requireCountyAdmin();
        return ImportWorkbooks.template(format, messages::get, Messages.CHINESE);
    }

    /**
     * Reads the file and lists every problem of every row; unless it is a dry run and while there is none, creates its
     * townships and then its users in the administrator's county, all in this one transaction. A file that cannot be
     * read at all (not an .xlsx, corrupt, too large, not the template) is refused with a 400.
     */
    @Transactional
    public ImportOutcome importFile(String filename, byte[] bytes, boolean dryRun) {
        UserAccount me = administration.requireCountyAdmin();
        long countyId = me.countyId();
        long started = System.nanoTime();
        ImportSheets.Parsed parsed = ImportSheets.read(filename, bytes, format);
        ImportCheck.Plan plan = ImportCheck.check(parsed, format, existing(countyId, parsed));
        int townshipCount = plan.townships().size();
        int userCount = plan.users().size();
        if (dryRun) {
            return new ImportOutcome(townshipCount, userCount, plan.problems(), List.of(), false);
        }
        String target = "county:" + countyId;
        if (!plan.problems().isEmpty()) {
            events.publishEvent(SecurityEvent.failed(
                    SecurityAction.ACCOUNTS_IMPORTED,
                    me.username(),
                    target,
                    messages.get(
                            Messages.CHINESE,
                            "security.detail.importRefused",
                            plan.problems().size())));
            return new ImportOutcome(townshipCount, userCount, plan.problems(), List.of(), false);
        }
        Map<String, Long> townshipIds = new HashMap<>();
        org.townshipsOfCounty(countyId).forEach(t -> {
            townshipIds.put(t.code(), t.id());
            townshipIds.put(t.name(), t.id());
        });
        for (NewTownship t : plan.townships()) {
            long id = createTownship(countyId, t);
            townshipIds.put(t.code(), id);
            townshipIds.put(t.name(), id);
        }
        List<ImportedAccount> accounts = new ArrayList<>();
        for (NewUser u : plan.users()) {
            NewAccount account = createUser(countyId, u, townshipIds);
            accounts.add(new ImportedAccount(u.login(), u.name(), account.oneTimePassword()));
        }
        events.publishEvent(SecurityEvent.succeeded(
                SecurityAction.ACCOUNTS_IMPORTED,
                me.username(),
                target,
                messages.get(Messages.CHINESE, "security.detail.imported", townshipCount, userCount)));
        log.info(
                "Imported {} townships and {} users into county {} in {} ms",
                townshipCount,
                userCount,
                countyId,
                (System.nanoTime() - started) / 1_000_000);
        return new ImportOutcome(townshipCount, userCount, List.of(), accounts, true);
    }

    /** The problem in words, in the language. */
    public String message(ImportProblem problem, Locale locale) {
        return messages.get(locale, problem.messageKey(), problem.messageArgs());
    }

    /** The imported accounts with their one-time passwords as an .xlsx workbook, in the language. */
    public byte[] accountsWorkbook(List<ImportedAccount> accounts, Locale locale) {
        return ImportWorkbooks.accounts(
                accounts,
                List.of(
                        messages.get(locale, "import.column.login"),
                        messages.get(locale, "import.column.name"),
                        messages.get(locale, "import.accounts.password")),
                messages.get(locale, "import.accounts.sheet"));
    }

    // --- the creation itself: the administration's own methods, with their checks, log entries and one-time passwords

    private long createTownship(long countyId, NewTownship t) {
        return administration.createTownship(new TownshipForm(countyId, t.name(), t.kind(), t.code(), true));
    }

    private NewAccount createUser(long countyId, NewUser u, Map<String, Long> townshipIds) {
        Long townshipId = u.township() == null ? null : townshipIds.get(u.township());
        Set<Long> advised = u.advised().stream().map(townshipIds::get).collect(Collectors.toSet());
        return administration.createUser(
                new UserForm(u.login(), u.name(), u.email(), u.phone(), u.roles(), countyId, townshipId, advised));
    }

    private ImportCheck.Existing existing(long countyId, ImportSheets.Parsed parsed) {
        List<TownshipInfo> county = org.townshipsOfCounty(countyId);
        Collection<String> codes = parsed.townships().stream()
                .map(r -> r.cell(ImportFormat.T_CODE))
                .filter(c -> !c.isEmpty())
                .collect(Collectors.toSet());
        Collection<String> logins = parsed.users().stream()
                .map(r -> r.cell(ImportFormat.U_LOGIN))
                .filter(l -> !l.isEmpty())
                .collect(Collectors.toSet());
        return new ImportCheck.Existing(
                county.stream().map(TownshipInfo::name).collect(Collectors.toSet()),
                county.stream().map(TownshipInfo::code).collect(Collectors.toSet()),
                codes.isEmpty()
                        ? Set.of()
                        : townships.findByCodeIn(codes).stream()
                                .map(Township::getCode)
                                .collect(Collectors.toSet()),
                logins.isEmpty()
                        ? Set.of()
                        : users.findByUsernameIn(logins).stream()
                                .map(AppUser::getUsername)
                                .collect(Collectors.toSet()));
    }
}
