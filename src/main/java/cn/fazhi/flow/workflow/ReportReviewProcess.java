package cn.fazhi.flow.workflow;

import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.UserAccount;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The names the {@code bpmn/report-review.bpmn} diagram and the Java code share: the process key, the
 * element ids, the message, the variables, the decisions and the candidate groups.
 */
public final class ReportReviewProcess {

    /** Process definition key, the {@code id} of the diagram's process. */
    public static final String KEY = "reportReview";

    /** Classpath resource of the diagram. */
    public static final String RESOURCE = "bpmn/report-review.bpmn";

    // Events
    public static final String START_REPORT_CREATED = "StartEvent_ReportCreated";
    /** Intermediate event: the county approved; the report now waits for its publication. */
    public static final String EVENT_APPROVED = "Event_Approved";
    /** Waits for {@link #MESSAGE_PUBLISHED}. */
    public static final String EVENT_AWAIT_PUBLICATION = "Event_AwaitPublication";

    public static final String END_PUBLISHED = "EndEvent_Published";
    public static final String END_REVIEWER_REMINDED = "EndEvent_ReviewerReminded";
    public static final String END_NO_REMINDER = "EndEvent_NoReminder";

    // Review reminders: non-interrupting timers on the review tasks
    public static final String BOUNDARY_TIMER_LEGAL_REVIEW_DUE = "BoundaryTimer_LegalReviewDue";
    public static final String BOUNDARY_TIMER_COUNTY_REVIEW_DUE = "BoundaryTimer_CountyReviewDue";
    public static final String GATEWAY_REMINDER_DAY = "Gateway_ReminderDay";
    public static final String SERVICE_TASK_REVIEW_REMINDER = "ServiceTask_ReviewReminder";

    // User tasks
    public static final String TASK_DRAFT = "Task_Draft";
    public static final String TASK_LEAD_SIGN_OFF = "Task_LeadSignOff";
    public static final String TASK_LEGAL_REVIEW = "Task_LegalReview";
    public static final String TASK_COUNTY_REVIEW = "Task_CountyReview";

    // Service tasks
    public static final String SERVICE_TASK_PRECHECK = "ServiceTask_Precheck";
    public static final String SERVICE_TASK_FREEZE_VERSION = "ServiceTask_FreezeVersion";

    // Gateways
    public static final String GATEWAY_PRECHECK = "Gateway_Precheck";
    public static final String GATEWAY_ROUTE = "Gateway_Route";
    public static final String GATEWAY_LEAD_DECISION = "Gateway_LeadDecision";
    public static final String GATEWAY_LEGAL_DECISION = "Gateway_LegalDecision";
    public static final String GATEWAY_COUNTY_DECISION = "Gateway_CountyDecision";

    // Withdraw boundary events
    public static final String BOUNDARY_WITHDRAWN_FROM_LEAD = "BoundaryEvent_WithdrawnFromLead";
    public static final String BOUNDARY_WITHDRAWN_FROM_LEGAL = "BoundaryEvent_WithdrawnFromLegal";
    public static final String BOUNDARY_WITHDRAWN_FROM_COUNTY = "BoundaryEvent_WithdrawnFromCounty";

    // Sequence flows
    public static final String FLOW_REPORT_CREATED = "Flow_ReportCreated";
    public static final String FLOW_SUBMITTED = "Flow_Submitted";
    public static final String FLOW_PRECHECKED = "Flow_Prechecked";
    public static final String FLOW_PRECHECK_FAILED = "Flow_PrecheckFailed";
    public static final String FLOW_PRECHECK_PASSED = "Flow_PrecheckPassed";
    public static final String FLOW_VERSION_FROZEN = "Flow_VersionFrozen";
    public static final String FLOW_TO_COUNTY_DIRECT = "Flow_ToCountyDirect";
    public static final String FLOW_TO_LEAD_SIGN_OFF = "Flow_ToLeadSignOff";
    public static final String FLOW_TO_LEGAL_REVIEW = "Flow_ToLegalReview";
    public static final String FLOW_LEAD_DECIDED = "Flow_LeadDecided";
    public static final String FLOW_LEAD_APPROVED = "Flow_LeadApproved";
    public static final String FLOW_LEAD_RETURNED = "Flow_LeadReturned";
    public static final String FLOW_LEGAL_DECIDED = "Flow_LegalDecided";
    public static final String FLOW_LEGAL_APPROVED = "Flow_LegalApproved";
    public static final String FLOW_LEGAL_RETURNED = "Flow_LegalReturned";
    public static final String FLOW_COUNTY_DECIDED = "Flow_CountyDecided";
    public static final String FLOW_COUNTY_APPROVED = "Flow_CountyApproved";
    public static final String FLOW_COUNTY_RETURNED = "Flow_CountyReturned";
    public static final String FLOW_WITHDRAWN_FROM_LEAD = "Flow_WithdrawnFromLead";
    public static final String FLOW_WITHDRAWN_FROM_LEGAL = "Flow_WithdrawnFromLegal";
    public static final String FLOW_WITHDRAWN_FROM_COUNTY = "Flow_WithdrawnFromCounty";

    /** Name of the message that withdraws a submission no reviewer has claimed yet. */
    public static final String MESSAGE_WITHDRAW = "reportWithdrawn";

    /**
     * Name of the message that publishes an approved report: the publication feature correlates it with
     * {@code processInstanceVariableEquals("reportId", id)}.
     */
    public static final String MESSAGE_PUBLISHED = "reportPublished";

    // Beans the diagram resolves through delegateExpression
    public static final String PRECHECK_DELEGATE = "precheckDelegate";
    public static final String FREEZE_VERSION_DELEGATE = "freezeVersionDelegate";
    public static final String REPORT_STATUS_LISTENER = "reportStatusListener";
    /** Sends the review reminder (the campaign feature provides it). */
    public static final String REVIEW_REMINDER_DELEGATE = "reviewReminderDelegate";
    /** The working-day calendar the review timers use (the campaign feature provides it). */
    public static final String WORKING_DAYS = "workingDays";

    // Process variables
    /** {@code Long}: the report this instance reviews. */
    public static final String VAR_REPORT_ID = "reportId";

    /** Process variable: the login of the user who submitted the report last. */
    public static final String VAR_SUBMITTED_BY = "submittedBy";
    /** {@code Long}: the report's township. */
    public static final String VAR_TOWNSHIP_ID = "townshipId";
    /** {@code Long}: the township's county. */
    public static final String VAR_COUNTY_ID = "countyId";
    /** {@code Boolean}: whether the county requires the township lead's sign-off before legal review. */
    public static final String VAR_LEAD_SIGN_OFF_REQUIRED = "leadSignOffRequired";
    /**
     * {@code String}: who returned the report last, one of {@link #RETURNED_BY_LEAD}, {@link #RETURNED_BY_LEGAL},
     * {@link #RETURNED_BY_COUNTY}; {@code null} until the first return. Set by the diagram.
     */
    public static final String VAR_RETURNED_BY = "returnedBy";
    /**
     * {@code Boolean}: set by the county when returning; {@code true} sends the resubmission through legal review
     * again. The diagram resets it to {@code false} on a lead or legal return.
     */
    public static final String VAR_LEGAL_RE_REVIEW = "legalReReview";
    /** {@code Boolean}: set by the pre-check delegate; {@code false} sends the report back to the draft. */
    public static final String VAR_PRECHECK_PASSED = "precheckPassed";
    /**
     * {@code Boolean}, transient (never stored): the pre-check result a submission found, passed with the completion
     * of {@link #TASK_DRAFT}; the pre-check delegate records it as {@link #VAR_PRECHECK_PASSED} instead of checking
     * again. See {@link #submitVariables}.
     */
    public static final String VAR_SUBMITTED_PRECHECK_PASSED = "submittedPrecheckPassed";
    /** {@code Integer}: the legal advisor's review period in working days; a default applies without it. */
    public static final String VAR_LEGAL_REVIEW_DAYS = "legalReviewDays";
    /** {@code Integer}: the county's review period in working days; a default applies without it. */
    public static final String VAR_COUNTY_REVIEW_DAYS = "countyReviewDays";
    /**
     * {@code Date}: the campaign's submission deadline while the report has never been submitted, the due date of
     * {@link #TASK_DRAFT}; removed once a submission is accepted. Absent outside a campaign.
     */
    public static final String VAR_SUBMISSION_DUE = "submissionDue";
    /** {@code String}: a reviewer's decision, {@link #APPROVE} or {@link #RETURN}, set when completing a review task. */
    public static final String VAR_DECISION = "decision";

    // Values of VAR_DECISION
    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";

    // Values of VAR_RETURNED_BY
    public static final String RETURNED_BY_LEAD = "LEAD";
    public static final String RETURNED_BY_LEGAL = "LEGAL";
    public static final String RETURNED_BY_COUNTY = "COUNTY";

    /** The review steps: the user tasks a submitted report waits at (a withdrawal and a decision act on these). */
    public static final Set<String> REVIEW_TASKS = Set.of(TASK_LEAD_SIGN_OFF, TASK_LEGAL_REVIEW, TASK_COUNTY_REVIEW);

    /** Every user task of the diagram: the draft and the review steps. */
    public static final Set<String> USER_TASKS =
            Set.of(TASK_DRAFT, TASK_LEAD_SIGN_OFF, TASK_LEGAL_REVIEW, TASK_COUNTY_REVIEW);

    /**
     * The role whose holders make up each user task's pool, its candidate group: the township's drafters, lead and
     * legal advisors, the county's reviewers (see {@link #candidateGroup}).
     */
    private static final Map<String, Role> POOL_ROLES = Map.of(
            TASK_DRAFT, Role.DRAFTER,
            TASK_LEAD_SIGN_OFF, Role.TOWNSHIP_LEAD,
            TASK_LEGAL_REVIEW, Role.LEGAL_ADVISOR,
            TASK_COUNTY_REVIEW, Role.COUNTY_REVIEWER);

    private ReportReviewProcess() {}

    /** The role whose holders make up a user task's pool. */
    public static Role poolRole(String userTask) {
        Role role = POOL_ROLES.get(userTask);
        if (role == null) {
            throw new IllegalArgumentException("Not a user task of " + KEY + ": " + userTask);
        }
        return role;
    }

    /** Whether a role's pool is the county's (its reviewers) rather than the report's township's. */
    public static boolean countyPool(Role role) {
        return role == Role.COUNTY_REVIEWER;
    }

    /** The candidate group of a role's pool for a report of the township and county, as the diagram names it. */
    public static String candidateGroup(Role role, long townshipId, long countyId) {
        return switch (role) {
            case DRAFTER -> drafterGroup(townshipId);
            case TOWNSHIP_LEAD -> leadGroup(townshipId);
            case LEGAL_ADVISOR -> advisorGroup(townshipId);
            case COUNTY_REVIEWER -> countyReviewerGroup(countyId);
            default -> throw new IllegalArgumentException("No pool of the review for " + role);
        };
    }

    /** The role a candidate group of a report of the township and county stands for; empty for any other group. */
    public static Optional<Role> roleOfGroup(String group, long townshipId, long countyId) {
        return POOL_ROLES.values().stream()
                .filter(role -> candidateGroup(role, townshipId, countyId).equals(group))
                .findFirst();
    }

    /** The candidate groups a user belongs to: each pool role they hold, for their township, advised townships or county. */
    public static Set<String> candidateGroups(UserAccount user) {
        Set<String> groups = new TreeSet<>();
        if (user.townshipId() != null && user.has(Role.DRAFTER)) {
            groups.add(drafterGroup(user.townshipId()));
        }
        if (user.townshipId() != null && user.has(Role.TOWNSHIP_LEAD)) {
            groups.add(leadGroup(user.townshipId()));
        }
        if (user.has(Role.LEGAL_ADVISOR)) {
            user.advisedTownships().forEach(t -> groups.add(advisorGroup(t)));
        }
        if (user.has(Role.COUNTY_REVIEWER) && user.countyId() != null) {
            groups.add(countyReviewerGroup(user.countyId()));
        }
        return groups;
    }

    /** The candidate groups of a task the engine hands to a listener: its pool. */
    public static Set<String> candidateGroupsOf(DelegateTask task) {
        return task.getCandidates().stream()
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** Candidate group of {@link #TASK_DRAFT}: the township's drafters. */
    public static String drafterGroup(long townshipId) {
        return "township-" + townshipId + "-drafter";
    }

    /** Candidate group of {@link #TASK_LEAD_SIGN_OFF}: the township's lead. */
    public static String leadGroup(long townshipId) {
        return "township-" + townshipId + "-lead";
    }

    /** Candidate group of {@link #TASK_LEGAL_REVIEW}: the township's legal advisors. */
    public static String advisorGroup(long townshipId) {
        return "township-" + townshipId + "-advisor";
    }

    /** Candidate group of {@link #TASK_COUNTY_REVIEW}: the county's reviewers. */
    public static String countyReviewerGroup(long countyId) {
        return "county-" + countyId + "-reviewer";
    }

    /**
     * The variables that complete {@link #TASK_DRAFT}: who submitted, no decision yet, and the pre-check result the
     * submission found (transient, so the pre-check runs once per submission).
     */
    public static VariableMap submitVariables(String submittedBy, boolean precheckPassed) {
        return Variables.createVariables()
                .putValue(VAR_SUBMITTED_BY, submittedBy)
                .putValue(VAR_DECISION, null)
                .putValueTyped(VAR_SUBMITTED_PRECHECK_PASSED, Variables.booleanValue(precheckPassed, true));
    }

    /**
     * The variables a new instance starts with: the references, the county's lead sign-off setting, no return yet
     * and no legal re-review.
     */
    public static Map<String, Object> startVariables(
            long reportId, long townshipId, long countyId, boolean leadSignOffRequired) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_REPORT_ID, reportId);
        variables.put(VAR_TOWNSHIP_ID, townshipId);
        variables.put(VAR_COUNTY_ID, countyId);
        variables.put(VAR_LEAD_SIGN_OFF_REQUIRED, leadSignOffRequired);
        variables.put(VAR_RETURNED_BY, null);
        variables.put(VAR_LEGAL_RE_REVIEW, false);
        return variables;
    }
}
