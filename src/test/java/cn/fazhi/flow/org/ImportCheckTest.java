package cn.fazhi.flow.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every kind of problem an import file may have, found for every row at once, with the row a person sees. */
class ImportCheckTest {

    /** The county has 太要镇 (code SFX-01); the installation has the login "admin" and the code "OTHER-1". */
    private static final ImportCheck.Existing EXISTING =
            new ImportCheck.Existing(Set.of("太要镇"), Set.of("SFX-01"), Set.of("SFX-01", "OTHER-1"), Set.of("admin"));

    private static ImportCheck.Plan check(ImportFiles file) {
        ImportSheets.Parsed parsed = ImportSheets.read("x.xlsx", file.bytes(), TestImportFormat.FORMAT);
        return ImportCheck.check(parsed, TestImportFormat.FORMAT, EXISTING);
    }

    /** "sheet row: message" for each problem. */
    private static List<String> problems(ImportCheck.Plan plan) {
        return plan.problems().stream()
                .map(p -> p.sheet() + " " + p.row() + ": " + TestImportFormat.chinese(p))
                .toList();
    }

    @Test
    void aGoodFileHasNoProblemAndUsersMayReferToTownshipsOfTheFileByNameOrCode() {
        ImportCheck.Plan plan = check(ImportFiles.file()
                .township("新城镇", "镇", "N-1")
                .township("东街道", "街道", "N-2")
                .user("d1", "起草人甲", "13800138000", "d1@example.cn", "起草人", "新城镇", "")
                .user("l1", "负责人甲", "0394-1234567", "", "乡镇负责人，起草人", "N-2", "")
                .user("a1", "顾问甲", "", "", "法律顾问", "", "新城镇、N-2,太要镇")
                .user("r1", "审核甲", "", "", "县级审核, 管理员", "", "")
                .user("e1", "英文", "+86 13912345678", "", "Drafter、drafter", "SFX-01", ""));

        assertThat(problems(plan)).isEmpty();
        assertThat(plan.townships())
                .extracting(ImportCheck.NewTownship::kind)
                .containsExactly(TownshipKind.TOWN, TownshipKind.SUBDISTRICT);
        assertThat(plan.users().get(1).roles()).containsExactlyInAnyOrder(Role.TOWNSHIP_LEAD, Role.DRAFTER);
        assertThat(plan.users().get(1).township()).isEqualTo("N-2");
        assertThat(plan.users().get(2).advised()).containsExactly("新城镇", "N-2", "太要镇");
        assertThat(plan.users().get(3).roles()).containsExactlyInAnyOrder(Role.COUNTY_REVIEWER, Role.ADMIN);
        assertThat(plan.users().get(4).roles()).containsExactly(Role.DRAFTER);
    }

    @Test
    void townshipProblemsEmptyCellsBadKindDuplicatesInTheFileAndAlreadyTaken() {
        ImportCheck.Plan plan = check(ImportFiles.file()
                .township("新城镇", "村", "")
                .township("新城镇", "镇", "N-1")
                .township("太要镇", "乡", "N-1")
                .township("西镇", "镇", "OTHER-1")
                .township("", "", "A B"));

        assertThat(problems(plan))
                .containsExactly(
                        "乡镇 2: “代码”不能为空。",
                        "乡镇 2: 类型“村”不正确，只能是：乡、镇、街道。",
                        "乡镇 3: 乡镇名称“新城镇”与第 2 行重复。",
                        "乡镇 4: 本县（区）已有名为“太要镇”的乡镇（街道）。",
                        "乡镇 4: 代码“N-1”与第 3 行重复。",
                        "乡镇 5: 代码“OTHER-1”已被使用。",
                        "乡镇 6: “名称”不能为空。",
                        "乡镇 6: “类型”不能为空。",
                        "乡镇 6: 代码“A B”不正确：须为 1–32 位字母、数字或连字符，以字母或数字开头。");
    }

    @Test
    void userProblemsEveryOneOfARowAtOnce() {
        ImportCheck.Plan plan = check(ImportFiles.file()
                .user("", "", "12345", "not-an-address", "", "", "")
                .user("admin", "重名", "", "", "县级审核", "", "")
                .user("x1", "甲", "", "", "县级审核", "", "")
                .user("x1", "乙", "", "a@b.cn", "县级审核", "", "")
                .user("<img onerror>", "丙", "", "", "县级审核", "", ""));

        assertThat(problems(plan))
                .containsExactly(
                        "用户 2: “登录名”不能为空。",
                        "用户 2: “姓名”不能为空。",
                        "用户 2: “角色”不能为空。",
                        "用户 2: 电子邮箱“not-an-address”格式不正确。",
                        "用户 2: 电话“12345”不正确：须为手机号或带区号的固定电话（可含 +、空格和连字符）。",
                        "用户 3: 登录名“admin”已被使用。",
                        "用户 5: 登录名“x1”与第 4 行重复。",
                        "用户 6: 登录名“<img onerror>”不正确：须为 2–64 位字母、数字、点、连字符或下划线，以字母或数字开头。");
    }

    @Test
    void roleProblemsUnknownInstallationRolesAndWhatARoleNeeds() {
        ImportCheck.Plan plan = check(ImportFiles.file()
                .user("u1", "甲", "", "", "局长", "", "")
                .user("u2", "乙", "", "", "系统管理员、审计管理员", "", "")
                .user("u3", "丙", "", "", "起草人", "", "")
                .user("u4", "丁", "", "", "乡镇负责人", "太要镇、榆垡镇", "")
                .user("u5", "戊", "", "", "法律顾问", "", "")
                .user("u6", "己", "", "", "县级审核", "太要镇", "太要镇")
                .user("u7", "庚", "", "", "法律顾问", "", "太要镇、无名镇"));

        assertThat(problems(plan))
                .containsExactly(
                        "用户 2: 没有“局长”这个角色。可填：起草人、乡镇负责人、法律顾问、县级审核、管理员。",
                        "用户 3: “系统管理员”是系统级角色，不能在县（区）的批量导入中设置。",
                        "用户 3: “审计管理员”是系统级角色，不能在县（区）的批量导入中设置。",
                        "用户 4: 起草人和乡镇负责人须填写“所属乡镇”。",
                        "用户 5: “所属乡镇”只能填一个乡镇（街道）。",
                        "用户 5: 没有乡镇（街道）“榆垡镇”：既不在本县（区），也不在本文件的“乡镇”工作表中。",
                        "用户 6: 法律顾问须填写“服务乡镇”。",
                        "用户 7: 只有起草人和乡镇负责人填写“所属乡镇”。",
                        "用户 7: 只有法律顾问填写“服务乡镇”。",
                        "用户 8: 没有乡镇（街道）“无名镇”：既不在本县（区），也不在本文件的“乡镇”工作表中。");
    }

    @Test
    void aCountyOfThirtyTownshipsAndOneHundredTwentyUsersFromTheHelperIsClean() {
        ImportCheck.Plan plan = check(ImportFiles.county("jc", 30, 120));

        assertThat(problems(plan)).isEmpty();
        assertThat(plan.townships()).hasSize(30);
        assertThat(plan.users()).hasSize(120);
    }

    @Test
    void problemsAreListedTownshipsFirstThenUsersByRow() {
        ImportCheck.Plan plan =
                check(ImportFiles.file().township("甲镇", "镇", "").user("u1", "", "", "", "县级审核", "", ""));

        assertThat(plan.problems()).extracting(p -> p.sheet() + p.row()).containsExactly("乡镇2", "用户2");
    }
}
