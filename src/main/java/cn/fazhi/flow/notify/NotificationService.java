package cn.fazhi.flow.notify;

import cn.fazhi.flow.audit.AuditAction;
import cn.fazhi.flow.audit.AuditService;
import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.base.Times;
import cn.fazhi.flow.org.AccessPolicy;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.TownshipInfo;
import cn.fazhi.flow.org.UserAccount;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportSummary;
import cn.fazhi.flow.workflow.WorkItem;
import cn.fazhi.flow.workflow.WorkflowService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications in the app and by e-mail, and urging (催办) the holder of a report's task. {@link #send} is for the
 * system (listeners, timers, other features); the other methods act for the signed-in user and check what they may
 * do.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final int MAX_URGE_MESSAGE = 500;

    private final NotificationRepository notifications;
    private final MailPreferenceRepository preferences;
    private final UrgeRecordRepository urges;
    private final OrgService org;
    private final ReportService reports;
    private final AuditService audit;
    private final WorkflowService workflow;
    private final Mailer mailer;
    private final Messages messages;
    private final NotifyProperties properties;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    NotificationService(
            NotificationRepository notifications,
            MailPreferenceRepository preferences,
            UrgeRecordRepository urges,
            OrgService org,
            ReportService reports,
            AuditService audit,
            WorkflowService workflow,
            Mailer mailer,
            Messages messages,
            NotifyProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.urges = urges;
        this.org = org;
        this.reports = reports;
        this.audit = audit;
        this.workflow = workflow;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Stores one in-app notification per recipient and mails those who have e-mail on. Runs as the system: no user
     * check (called from timers and listeners). Inside a transaction it is delivered after that transaction commits
     * (nothing is told about work rolled back), in its own transaction; a failure is logged and never reaches the
     * caller.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void send(Notice notice) {
        String actor = org.findCurrentUser().map(UserAccount::displayName).orElse(null);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(notice, actor);
                }
            });
        } else {
            deliver(notice, actor);
        }
    }

    private void deliver(Notice notice, String actor) {
        try {
            List<Mailer.Mail> mails = ownTransaction.execute(s -> store(notice, actor));
            for (Mailer.Mail mail : mails) {
                mailer.send(mail);
            }
        } catch (RuntimeException e) {
            log.error("Notification {} of report {} not delivered", notice.kind(), notice.reportId(), e);
        }
    }

    private List<Mailer.Mail> store(Notice notice, String actor) {
        ReportSummary report = reports.describe(notice.reportId());
        TownshipInfo township = org.township(report.townshipId());
        Map<String, UserAccount> recipients = new LinkedHashMap<>();
        if (notice.users() != null) {
            notice.users().stream().filter(Objects::nonNull).sorted().forEach(u -> org.findUser(u)
                    .ifPresent(a -> recipients.putIfAbsent(a.username(), a)));
        }
        if (notice.townshipRoles() != null && !notice.townshipRoles().isEmpty()) {
            org.townshipUsers(township.id(), notice.townshipRoles())
                    .forEach(a -> recipients.putIfAbsent(a.username(), a));
        }
        if (notice.countyRoles() != null && !notice.countyRoles().isEmpty()) {
            org.countyUsers(township.countyId(), notice.countyRoles())
                    .forEach(a -> recipients.putIfAbsent(a.username(), a));
        }
        Instant now = clock.instant();
        List<Mailer.Mail> mails = new ArrayList<>();
        for (UserAccount user : recipients.values()) {
            Notification n = notifications.save(new Notification(
                    user.username(),
                    notice.kind(),
                    report.id(),
                    report.township(),
                    report.year(),
                    report.step(),
                    notice.detail(),
                    actor,
                    now));
            if (user.email() != null && !user.email().isBlank() && emailEnabled(user.username())) {
                mails.add(mail(user, n));
            }
        }
        log.debug("{} of report {} to {}", notice.kind(), notice.reportId(), recipients.keySet());
        return mails;
    }

    private Mailer.Mail mail(UserAccount user, Notification n) {
        Locale locale = Messages.supported(Locale.forLanguageTag(user.locale()));
        String title = title(n, locale);
        StringBuilder text = new StringBuilder();
        text.append(messages.get(locale, "notify.mail.greeting", user.displayName()))
                .append("\n\n")
                .append(title)
                .append('\n');
        if (n.getKind() == NotificationKind.URGED && n.getDetail() != null) {
            text.append(messages.get(locale, "notify.mail.message", n.getDetail()))
                    .append('\n');
        }
        text.append('\n')
                .append(messages.get(locale, "notify.mail.link", properties.reportUrl(n.getReportId())))
                .append("\n\n")
                .append(messages.get(locale, "notify.mail.footer"))
                .append('\n');
        return new Mailer.Mail(user.email(), messages.get(locale, "notify.mail.subject", title), text.toString());
    }

    private String title(Notification n, Locale locale) {
        return messages.get(
                locale,
                "notify.title." + n.getKind().name(),
                n.getTownship(),
                String.valueOf(n.getYear()),
                stepName(n.getStep(), locale),
                detail(n, locale),
                n.getActor() == null ? "" : n.getActor());
    }

    /** The urge's message as written; a reminder's due date (stored as yyyy-MM-dd) as the reader writes dates. */
    private static String detail(Notification n, Locale locale) {
        if (n.getDetail() == null) {
            return "";
        }
        return n.getKind() == NotificationKind.URGED
                ? n.getDetail()
                : Times.date(LocalDate.parse(n.getDetail()), locale);
    }

    private String stepName(String step, Locale locale) {
        if (step == null) {
            return "";
        }
        String name = messages.get(locale, "step." + step);
        return name.startsWith("!") ? step : name;
    }

    // --- the signed-in user's own notifications ---

    /** The current user's latest 50 notifications, newest first, titled in the given language. */
    public List<NotificationItem> list(Locale locale) {
        UserAccount me = org.currentUser();
        Locale language = Messages.supported(locale);
        return notifications.findTop50ByRecipientOrderByCreatedAtDescIdDesc(me.username()).stream()
                .map(n -> new NotificationItem(
                        n.getId(),
                        n.getKind(),
                        n.getReportId(),
                        title(n, language),
                        n.getKind() == NotificationKind.URGED ? n.getDetail() : null,
                        n.getCreatedAt(),
                        n.getReadAt()))
                .toList();
    }

    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(org.currentUser().username());
    }

    /** Marks one of the current user's notifications read: 404 if there is none such, 403 if it is someone else's. */
    @Transactional
    public void markRead(long notificationId) {
        UserAccount me = org.currentUser();
        Notification n = notifications
                .findById(notificationId)
                .orElseThrow(() -> FlowException.notFound("notify.error.notFound", notificationId));
        if (!n.getRecipient().equals(me.username())) {
            throw FlowException.forbidden("notify.error.notYours");
        }
        n.markRead(clock.instant());
    }

    /** Marks all of the current user's notifications read and answers how many were unread. */
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(org.currentUser().username(), clock.instant());
    }

    /** Whether the current user gets e-mail. */
    public boolean emailEnabled() {
        return emailEnabled(org.currentUser().username());
    }

    /** Switches e-mail on or off for the current user; the in-app notifications stay. */
    @Transactional
    public void setEmailEnabled(boolean enabled) {
        String me = org.currentUser().username();
        MailPreference preference = preferences.findById(me).orElseGet(() -> new MailPreference(me));
        preference.setEmailEnabled(enabled);
        preferences.save(preference);
    }

    private boolean emailEnabled(String username) {
        return preferences
                .findById(username)
                .map(MailPreference::isEmailEnabled)
                .orElse(true);
    }

    // --- 催办 ---

    /**
     * Urges the current holder(s) of the report's open task (assignee, or the candidate users if unclaimed); caller
     * must be ADMIN or COUNTY_REVIEWER of the report's county (FlowException FORBIDDEN otherwise); at most once per
     * report per {@code fazhi.notify.urge-interval} (default 24h) -> FlowException kind TOO_MANY (429) with a
     * translated message naming when the next urge is possible; no open task -> CONFLICT (409). Records it in the
     * report's history (audit) and sends NotificationKind.URGED.
     */
    // Each urge is a unit of its own: a refusal rolls back only itself, so urging all the overdue townships goes on
    // past one urged too recently instead of the whole batch failing on a transaction marked for rollback.
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void urge(long reportId, String message) {
        UserAccount me = org.currentUser();
        ReportDetails report = reports.get(reportId);
        AccessPolicy.requireMayUrge(me, report.countyId(), "notify.error.urgeNotAllowed");
        String text = message == null ? "" : message.strip();
        if (text.length() > MAX_URGE_MESSAGE) {
            throw FlowException.invalid("notify.error.urgeMessageTooLong", MAX_URGE_MESSAGE);
        }
        WorkItem task = workflow.openTask(report.processInstanceId())
                .orElseThrow(() -> FlowException.conflict("notify.error.nothingToUrge"));
        Instant now = clock.instant();
        urges.findFirstByReportIdOrderByUrgedAtDescIdDesc(reportId).ifPresent(last -> {
            Instant next = last.getUrgedAt().plus(properties.urgeInterval());
            if (now.isBefore(next)) {
                throw new FlowException(
                        FlowException.Kind.TOO_MANY,
                        "notify.error.urgedTooRecently",
                        Times.dateTimeArgument(next, clock.getZone()));
            }
        });
        urges.save(new UrgeRecord(reportId, me.username(), now, text));
        audit.record(reportId, me.username(), AuditAction.URGED, task.step(), text);
        Set<String> users = Set.of();
        Pools pools = new Pools(Set.of(), Set.of());
        if (task.assignee() != null) {
            users = Set.of(task.assignee());
        } else {
            pools = Pools.of(workflow.candidateGroups(task.id()), report.townshipId(), report.countyId());
        }
        send(new Notice(
                NotificationKind.URGED,
                reportId,
                users,
                pools.townshipRoles(),
                pools.countyRoles(),
                text.isEmpty() ? null : text));
    }

    /** Whether the current user may urge the report: an ADMIN or COUNTY_REVIEWER of its county. */
    public boolean mayUrge(long reportId) {
        return AccessPolicy.mayUrge(org.currentUser(), reports.get(reportId).countyId());
    }
}
