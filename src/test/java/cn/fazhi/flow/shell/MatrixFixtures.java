package cn.fazhi.flow.shell;

import cn.fazhi.flow.campaign.CampaignService;
import cn.fazhi.flow.campaign.OpenCampaign;
import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.ReportFinding;
import cn.fazhi.flow.notify.Notice;
import cn.fazhi.flow.notify.NotificationKind;
import cn.fazhi.flow.notify.NotificationService;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.TownshipInfo;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.org.UserAccount;
import cn.fazhi.flow.publish.PublishService;
import cn.fazhi.flow.report.Closing;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.review.CommentService;
import cn.fazhi.flow.review.Decision;
import cn.fazhi.flow.review.NewComment;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.review.SubmitResult;
import cn.fazhi.flow.shell.AuthorizationMatrix.Scope;
import cn.fazhi.flow.shell.AuthorizationMatrix.Who;
import cn.fazhi.flow.workflow.ReportReviewProcess;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The world the authorization matrix is tried on, built through the services as users would: the matrix county 矩阵县
 * (townships 矩阵甲镇, the matrix users' own, and 矩阵乙镇) and another county 矩阵邻县 (邻县甲镇), both asking for the
 * township lead's sign-off, with a drafter, a lead and an advisor per township, a reviewer and an administrator per
 * county, and in every township a report in each state, a comment, a waiver, notifications and the county's campaign
 * of this year. It makes the targets of the matrix's lines, shared or fresh, and tells what the stored state is.
 */
final class MatrixFixtures {

    static final String PASSWORD = "Matrix#2026";

    /** What is neither any report's id nor any task's or process's. */
    static final String UNKNOWN_ID = "987654321";

    /** The finding every fixture report has, for the waivers: a word written twice. */
    static final String WAIVED_RULE = "repeated-word";

    /** A county of the fixture, with its reviewer and its administrator. */
    record County(long id, String name, String reviewer, String admin) {}

    /** A township of the fixture, with its users and a phrase that only its reports contain. */
    record Town(long id, String name, String secret, County county, String drafter, String lead, String advisor) {}

    /** What a line's {@code {…}} and {@code ${…}} stand for in one scope, and the township and county it lies in. */
    record Target(Map<String, String> vars, String town, String county) {}

    /** The states a fixture report is kept in. */
    enum State {
        DRAFT,
        LEAD,
        LEGAL,
        COUNTY,
        APPROVED,
        PUBLISHED
    }

    final County matrix;
    final County neighbour;
    final Town own;
    final Town other;
    final Town foreign;

    private final OrgService org;
    private final ReviewService review;
    private final ReportService reports;
    private final CommentService comments;
    private final CheckService checks;
    private final PublishService publish;
    private final CampaignService campaigns;
    private final NotificationService notifications;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final int thisYear;

    /** Every township of the fixture, the demo's and the ones added later, for the leak search. */
    private final List<TownshipInfo> places = new ArrayList<>();
    /** The township of each fixture report. */
    private final Map<Long, Long> reportTownship = new HashMap<>();
    /** The phrase only a township's reports contain. */
    private final Map<Long, String> secrets = new HashMap<>();

    /** Per township: its shared report in each state, the comment and the waiver on its draft, its last year used. */
    private final Map<Long, Map<State, Long>> shared = new HashMap<>();

    private final Map<Long, Long> comment = new HashMap<>();
    private final Map<Long, Long> waiver = new HashMap<>();
    private final Map<Long, Integer> years = new HashMap<>();
    /** Per user: their own notification. */
    private final Map<String, Long> notification = new HashMap<>();
    /** Per county: its campaign of this year and a township not in it. */
    private final Map<Long, Long> campaign = new HashMap<>();

    private final Map<Long, Long> spare = new HashMap<>();
    private final Map<Long, Integer> reportYear = new HashMap<>();
    private final Map<Long, Town> townsById = new HashMap<>();
    private final Map<Long, List<Town>> townsByCounty = new HashMap<>();
    /** The excerpt of the finding the waivers waive. */
    private String excerpt;
    /** The next year the matrix county may open a campaign for. */
    private int campaignYear;
    /** How many townships were added to a county after its campaign opened. */
    private int spares;
    /** How many counties, townships, logins and users the administration's lines have made up. */
    private int made;

    /** Builds the world (nobody may be signed in: set-up runs as the start-up tasks do). */
    MatrixFixtures(ApplicationContext context) {
        org = context.getBean(OrgService.class);
        review = context.getBean(ReviewService.class);
        reports = context.getBean(ReportService.class);
        comments = context.getBean(CommentService.class);
        checks = context.getBean(CheckService.class);
        publish = context.getBean(PublishService.class);
        campaigns = context.getBean(CampaignService.class);
        notifications = context.getBean(NotificationService.class);
        tasks = context.getBean(TaskService.class);
        runtime = context.getBean(RuntimeService.class);
        jdbc = context.getBean(JdbcTemplate.class);
        json = context.getBean(ObjectMapper.class);
        clock = context.getBean(Clock.class);
        thisYear = LocalDateTime.now(clock).getYear();
        campaignYear = thisYear + 1;
        SecurityContextHolder.clearContext();
        if (org.hasCounty("MX")) {
            throw new IllegalStateException("the matrix county MX exists already: the integration tests' database must"
                    + " start empty (see ItDatabase)");
        }

        matrix = county("MX", "矩阵县", List.of("矩阵甲镇:青松计划", "矩阵乙镇:翠柏计划"));
        neighbour = county("NX", "矩阵邻县", List.of("邻县甲镇:红梅计划"));
        own = townsByCounty.get(matrix.id()).get(0);
        other = townsByCounty.get(matrix.id()).get(1);
        foreign = townsByCounty.get(neighbour.id()).get(0);
        for (String demo : List.of("SFX", "SQX")) {
            org.countyId(demo).ifPresent(id -> places.addAll(org.townshipsOfCounty(id)));
        }
        for (Town town : List.of(own, other, foreign)) {
            Map<State, Long> states = new EnumMap<>(State.class);
            for (State state : State.values()) {
                // The shared approved report has two versions, for the marked-up copy and the comparison.
                states.put(state, report(town, state, state == State.APPROVED));
            }
            shared.put(town.id(), states);
            long draft = states.get(State.DRAFT);
            if (excerpt == null) {
                excerpt = org.runAs(town.drafter(), () -> checks.findings(draft)).stream()
                        .map(ReportFinding::finding)
                        .filter(f -> f.rule().equals(WAIVED_RULE))
                        .map(f -> f.excerpt())
                        .findFirst()
                        .orElseThrow(
                                () -> new IllegalStateException("no " + WAIVED_RULE + " finding in the fixture text"));
            }
            waiver.put(town.id(), waive(town, draft));
            comment.put(
                    town.id(),
                    org.runAs(town.lead(), () -> comments.add(draft, new NewComment(null, null, null, "请核对数据。", null)))
                            .id());
        }
        for (String user : List.of(own.drafter(), own.lead(), own.advisor(), matrix.reviewer(), matrix.admin())) {
            notification.put(user, notify(user, own));
        }
        notification.put(other.drafter(), notify(other.drafter(), other));
        notification.put(foreign.drafter(), notify(foreign.drafter(), foreign));
        for (County county : List.of(matrix, neighbour)) {
            LocalDateTime due = LocalDateTime.now(clock).plusDays(20);
            campaign.put(
                    county.id(),
                    org.runAs(county.admin(), () -> campaigns.open(new OpenCampaign(thisYear, due, 5, 5, null, null))));
            spare.put(county.id(), spareTownship(county));
        }
    }

    // --- the targets -----------------------------------------------------------------------------------------------

    /** The township a scope points to for the matrix county's users (and those of no county). */
    Town town(Scope scope) {
        return switch (scope) {
            case OWN -> own;
            case TOWNSHIP -> other;
            case COUNTY -> foreign;
            default -> throw new IllegalArgumentException(scope.name());
        };
    }

    /** The shared target of a kind for a caller in a scope; null when there is none (a '.' in the matrix). */
    Target target(String kind, Who who, String caller, Scope scope) {
        if (scope == Scope.NONE) {
            // A new county's 行政区划代码, unused so far, for the line that creates one.
            return new Target(Map.of("code", String.valueOf(419_800 + ++made)), null, null);
        }
        if (scope == Scope.UNKNOWN) {
            return unknown();
        }
        Town town = town(scope);
        return switch (kind) {
            case "township" -> of(town, "id", town.id());
            case "newtownship" -> scope == Scope.TOWNSHIP ? null : newTownship(town.county());
            case "newuser" -> newUser(town);
            case "user" -> userTarget(town, town.drafter());
            case "countyadmin" -> scope == Scope.TOWNSHIP
                    ? null
                    : new Target(
                            Map.of("id", String.valueOf(town.county().id()), "login", "mx-new-" + ++made),
                            town.name(),
                            town.county().name());
            case "draft", "lead", "approved", "published" -> reportTarget(
                    shared(town, State.valueOf(kind.toUpperCase(Locale.ROOT))));
            case "task" -> task(town, shared(town, step(who)));
            case "comment" -> of(town, "id", comment.get(town.id()));
            case "waiver" -> of(town, "waiverId", waiver.get(town.id()));
            case "notification" -> notificationTarget(caller, scope);
            case "campaign" -> scope == Scope.TOWNSHIP
                    ? null
                    : campaignTarget(town.county(), spare.get(town.county().id()));
            case "county" -> scope == Scope.TOWNSHIP ? null : countyTarget(town.county(), campaignYear);
            case "process" -> of(town, "pid", processOf(shared(town, State.LEGAL)));
            default -> throw new IllegalArgumentException("authorization-matrix.txt names an unknown target " + kind);
        };
    }

    /** A fresh target of a kind, for an allowed call that uses its target up. */
    Target fresh(String kind, Who who, String caller, Scope scope) {
        if (scope == Scope.NONE || scope == Scope.UNKNOWN) {
            return target(kind, who, caller, scope);
        }
        Town town = town(scope);
        return switch (kind) {
            case "draft", "lead", "approved", "published" -> reportTarget(
                    report(town, State.valueOf(kind.toUpperCase(Locale.ROOT)), false));
            case "task" -> task(town, report(town, step(who), false));
            case "waiver" -> {
                long draft = report(town, State.DRAFT, false);
                yield of(town, "waiverId", waive(town, draft));
            }
            case "notification" -> scope == Scope.OWN
                    ? of(own, "id", notify(caller, own))
                    : target(kind, who, caller, scope);
            case "campaign" -> scope == Scope.TOWNSHIP
                    ? null
                    : campaignTarget(town.county(), spareTownship(town.county()));
            case "county" -> scope == Scope.TOWNSHIP ? null : countyTarget(town.county(), ++campaignYear - 1);
            case "process" -> of(town, "pid", processOf(report(town, State.LEGAL, false)));
            case "newtownship", "newuser", "countyadmin" -> target(kind, who, caller, scope);
            case "user" -> userTarget(
                    town, user("mx-fresh-" + ++made, town.county().id(), town.id(), Role.DRAFTER, Set.of()));
            default -> throw new IllegalArgumentException("no fresh target of kind " + kind);
        };
    }

    /** A township to be created in the county, with a code of its own. */
    private Target newTownship(County county) {
        return new Target(
                Map.of("county", String.valueOf(county.id()), "code", "MXT-" + ++made),
                townsByCounty.get(county.id()).get(0).name(),
                county.name());
    }

    /** A user to be created as a drafter of the township, with a login of their own. */
    private Target newUser(Town town) {
        return of(town, "login", "mx-new-" + ++made, "county", town.county().id(), "township", town.id());
    }

    /** A user of the township, and a body that writes them as they are. */
    private Target userTarget(Town town, String login) {
        UserAccount user = org.findUser(login).orElseThrow();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", user.displayName());
        body.put("email", user.email());
        body.put("roles", user.roles());
        body.put("townshipId", user.townshipId());
        return of(town, "id", user.id(), "user", write(body));
    }

    private static Target of(Town town, Object... namesAndValues) {
        Map<String, String> vars = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            vars.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
        }
        return new Target(vars, town.name(), town.county().name());
    }

    private Target unknown() {
        Map<String, String> vars =
                new HashMap<>(reportTarget(shared(own, State.APPROVED)).vars());
        vars.putAll(userTarget(own, own.drafter()).vars());
        vars.put("login", "mx-new-" + ++made);
        vars.put("code", "MXT-" + ++made);
        vars.put("township", String.valueOf(own.id()));
        vars.putAll(Map.of(
                "id",
                UNKNOWN_ID,
                "waiverId",
                UNKNOWN_ID,
                "county",
                UNKNOWN_ID,
                "pid",
                "matrix-no-such-process",
                "spare",
                String.valueOf(spare.get(matrix.id())),
                "year",
                String.valueOf(campaignYear)));
        return new Target(vars, null, null);
    }

    private Target reportTarget(long reportId) {
        Town town = townsById.get(reportTownship.get(reportId));
        Map<String, String> vars = new HashMap<>();
        vars.put("id", String.valueOf(reportId));
        vars.put("n", "1");
        vars.put("excerpt", excerpt);
        vars.put("draft", write(text(town, reportYear.get(reportId))));
        return new Target(vars, town.name(), town.county().name());
    }

    private Target task(Town town, long reportId) {
        return of(
                town,
                "id",
                tasks.createTaskQuery()
                        .processInstanceBusinessKey(String.valueOf(reportId))
                        .singleResult()
                        .getId());
    }

    private Target notificationTarget(String caller, Scope scope) {
        return switch (scope) {
            case OWN -> notification.containsKey(caller) ? of(own, "id", notification.get(caller)) : null;
            case TOWNSHIP -> of(other, "id", notification.get(other.drafter()));
            default -> of(foreign, "id", notification.get(foreign.drafter()));
        };
    }

    private Target campaignTarget(County county, long spareTownship) {
        return new Target(
                Map.of("id", String.valueOf(campaign.get(county.id())), "spare", String.valueOf(spareTownship)),
                townsByCounty.get(county.id()).get(0).name(),
                county.name());
    }

    private Target countyTarget(County county, int year) {
        return new Target(
                Map.of("county", String.valueOf(county.id()), "year", String.valueOf(year)),
                townsByCounty.get(county.id()).get(0).name(),
                county.name());
    }

    private static Target of(Town town, String name, Object value) {
        return new Target(
                Map.of(name, String.valueOf(value)), town.name(), town.county().name());
    }

    private static State step(Who who) {
        return switch (who) {
            case DRAFTER -> State.DRAFT;
            case LEAD -> State.LEAD;
            case REVIEWER -> State.COUNTY;
            default -> State.LEGAL;
        };
    }

    private long shared(Town town, State state) {
        return shared.get(town.id()).get(state);
    }

    // --- what the leak search needs --------------------------------------------------------------------------------

    /** Every township of the fixture and of the demo, with its county. */
    List<TownshipInfo> places() {
        return List.copyOf(places);
    }

    /** The fixture's reports and their townships. */
    Map<Long, Long> reportTownships() {
        return Map.copyOf(reportTownship);
    }

    /** The phrase only the reports of a township contain, if it is a fixture township. */
    String secret(long townshipId) {
        return secrets.get(townshipId);
    }

    /**
     * What a refused call must not change: our tables (counts, and what an update changes in place) and the engine's
     * tasks, their assignees, process instances and variables. Named table by table: the security log is left out, as
     * it records every refusal by design.
     */
    Map<String, Object> state() {
        Map<String, Object> row = jdbc.queryForMap("select "
                + "(select count(*) from report) reports, (select coalesce(sum(lock_version), 0) from report) edits, "
                + "(select count(*) from report_version) versions, (select count(*) from review_comment) comments, "
                + "(select count(*) from review_comment where resolved = true) comments_resolved, "
                + "(select count(*) from audit_event) history, (select count(*) from check_rule_setting) settings, "
                + "(select count(*) from check_rule_setting where enabled = true) settings_on, "
                + "(select max(updated_at) from check_rule_setting) settings_at, "
                + "(select count(*) from check_waiver) waivers, (select max(waived_at) from check_waiver) waived_at, "
                + "(select count(*) from campaign) campaigns, (select count(*) from campaign_report) entries, "
                + "(select count(*) from notification) notifications, "
                + "(select count(*) from notification where read_at is not null) notifications_read, "
                + "(select count(*) from notify_preference) preferences, "
                + "(select count(*) from notify_preference where email_enabled = true) mail_on, "
                + "(select count(*) from urge_log) urges, (select count(*) from report_publication) publications, "
                + "(select count(*) from county) counties, (select count(*) from township) townships, "
                + "(select count(*) from app_user) users, (select count(*) from user_role) roles, "
                + "(select count(*) from app_user where enabled = true) users_enabled, "
                + "(select coalesce(sum(credentials_version), 0) from app_user) credentials, "
                + "(select count(*) from advisor_township) advised, "
                + "(select count(*) from township where active = true) townships_active, "
                + "(select coalesce(sum(legal_review_days + county_review_days), 0) from county) county_days, "
                // The engine's own tables, read in the same query: one round trip for the whole state.
                + "(select count(*) from ACT_RU_TASK) tasks, "
                + "(select count(*) from ACT_RU_TASK where ASSIGNEE_ is null) unassigned, "
                + "(select count(*) from ACT_RU_EXECUTION where PARENT_ID_ is null) instances, "
                + "(select count(*) from ACT_RU_VARIABLE) variables");
        return new LinkedHashMap<>(row);
    }

    // --- building ----------------------------------------------------------------------------------------------------

    private County county(String code, String name, List<String> towns) {
        long id = org.createCounty(code, name, true);
        String reviewer = user(code.toLowerCase(Locale.ROOT) + "-county", id, null, Role.COUNTY_REVIEWER, Set.of());
        String admin = user(code.toLowerCase(Locale.ROOT) + "-admin", id, null, Role.ADMIN, Set.of());
        List<Town> made = new ArrayList<>();
        County county = new County(id, name, reviewer, admin);
        townsByCounty.put(id, made);
        for (int i = 0; i < towns.size(); i++) {
            String[] nameAndSecret = towns.get(i).split(":");
            long township = org.createTownship(id, code + "-0" + (i + 1), nameAndSecret[0], TownshipKind.TOWN);
            String prefix = code.toLowerCase(Locale.ROOT) + (i == 0 ? "" : String.valueOf(i + 1));
            made.add(new Town(
                    township,
                    nameAndSecret[0],
                    nameAndSecret[1],
                    county,
                    user(prefix + "-drafter", id, township, Role.DRAFTER, Set.of()),
                    user(prefix + "-lead", id, township, Role.TOWNSHIP_LEAD, Set.of()),
                    user(prefix + "-advisor", id, null, Role.LEGAL_ADVISOR, Set.of(township))));
            places.add(org.township(township));
            townsById.put(township, made.get(i));
            secrets.put(township, nameAndSecret[1]);
        }
        return county;
    }

    private String user(String username, long county, Long township, Role role, Set<Long> advised) {
        org.createUser(
                username,
                PASSWORD,
                username,
                username + "@matrix.fazhi.local",
                county,
                township,
                EnumSet.of(role),
                advised);
        return username;
    }

    private long spareTownship(County county) {
        spares++;
        String name = county.name().substring(0, 2) + "新" + "一二三四五六七八九".charAt(spares - 1) + "镇";
        long id = org.createTownship(county.id(), "MXS-" + spares, name, TownshipKind.TOWN);
        places.add(org.township(id));
        return id;
    }

    /**
     * A report of the township, taken through the real process to the state, in a year of its own; with two versions
     * (returned by the lead once) if asked.
     */
    private long report(Town town, State state, boolean twoVersions) {
        int year = years.merge(town.id(), 2000, (a, b) -> a + 1);
        if (year >= thisYear) {
            throw new IllegalStateException(
                    "the fixture has used up the years before " + thisYear + " in " + town.name());
        }
        long id = org.runAs(town.drafter(), () -> review.open(town.id(), year, text(town, year)));
        reportTownship.put(id, town.id());
        reportYear.put(id, year);
        if (state == State.DRAFT) {
            return id;
        }
        submit(town, id);
        if (twoVersions) {
            decide(town.lead(), id, Decision.RETURN);
            org.runAs(town.drafter(), () -> {
                ReportContent text = text(town, year);
                ReportContent edited = new ReportContent(
                        text.title(),
                        text.opening(),
                        text.parts().stream()
                                .map(p -> p.kind() == PartKind.NEXT_YEAR
                                        ? new ReportPart(
                                                p.kind(), p.heading(), p.body() + "\n推进" + town.secret() + "提质增效。")
                                        : p)
                                .toList(),
                        text.closing());
                return reports.saveDraft(id, edited, reports.get(id).lockVersion());
            });
            submit(town, id);
        }
        if (state == State.LEAD) {
            return id;
        }
        decide(town.lead(), id, Decision.APPROVE);
        if (state == State.LEGAL) {
            return id;
        }
        decide(town.advisor(), id, Decision.APPROVE);
        if (state == State.COUNTY) {
            return id;
        }
        decide(town.county().reviewer(), id, Decision.APPROVE);
        if (state == State.PUBLISHED) {
            org.runAs(town.county().admin(), () -> publish.publish(id, true, List.of()));
        }
        return id;
    }

    private void submit(Town town, long id) {
        SubmitResult result = org.runAs(town.drafter(), () -> review.submit(id));
        if (!result.accepted()) {
            throw new IllegalStateException("the pre-check blocked the fixture text: " + result.findings());
        }
    }

    private void decide(String user, long id, Decision decision) {
        String task = tasks.createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(id))
                .singleResult()
                .getId();
        org.runAs(user, () -> {
            review.decide(task, decision, decision == Decision.RETURN ? "请补充下一年度安排。" : "", false);
            return null;
        });
    }

    private long waive(Town town, long draft) {
        return org.runAs(
                        town.drafter(),
                        () -> checks.waive(draft, WAIVED_RULE, PartKind.MEASURES, excerpt, "引用文件原文，不作修改。"))
                .id();
    }

    private long notify(String user, Town town) {
        notifications.send(new Notice(
                NotificationKind.URGED, shared(town, State.DRAFT), Set.of(user), Set.of(), Set.of(), "请尽快办理。"));
        return org.runAs(user, () -> notifications.list(Locale.CHINA)).get(0).id();
    }

    private String processOf(long reportId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(ReportReviewProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(reportId))
                .singleResult()
                .getId();
    }

    /** A complete report naming its township, with its own phrase and one WARNING finding (a word written twice). */
    static ReportContent text(Town town, int year) {
        String name = town.name();
        return new ReportContent(
                name + year + "年法治政府建设情况报告",
                "现将" + name + year + "年法治政府建设情况报告如下：",
                List.of(
                        new ReportPart(
                                PartKind.MEASURES,
                                "一、主要举措和成效",
                                name + "实施" + town.secret() + "，全年组织领导干部会前学法十二次。\n全面落实第一责任责任制，重大行政决策全部经过合法性审查。"),
                        new ReportPart(PartKind.SHORTCOMINGS, "二、存在的不足和原因", "基层法治力量仍然薄弱，执法人员专业化程度不高。"),
                        new ReportPart(PartKind.LEADERSHIP, "三、党政主要负责人履行推进法治建设第一责任人职责情况", "党政主要负责人亲自部署、亲自推进法治建设重要工作。"),
                        new ReportPart(PartKind.NEXT_YEAR, "四、下一年度主要安排", "持续深化法治政府建设，加强行政执法队伍建设。")),
                new Closing(name + "人民政府", (year + 1) + "年1月10日"));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
