package cn.fazhi.flow.org.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.org.ImportFiles;
import cn.fazhi.flow.org.ImportProblem;
import cn.fazhi.flow.org.ImportedAccount;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.TownshipInfo;
import cn.fazhi.flow.org.TownshipKind;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import page of a county's administrator: upload, the preview with its counts and problems, the import, and the
 * accounts with their one-time passwords. Each test in a county of its own.
 */
class ImportViewTest extends AbstractViewTest {

    private static final String PASSWORD = "Import#2026v";

    @Autowired
    OrgService org;

    /** A county with one township and its administrator, signed in on the import page. */
    private long openAs(String code) {
        long county = org.createCounty(code, code + "县", false);
        org.createTownship(county, code + "-0", code + "老镇", TownshipKind.TOWN);
        String admin = code.toLowerCase() + "-admin";
        org.createUser(admin, PASSWORD, "管理员", null, county, null, EnumSet.of(Role.ADMIN), Set.of());
        login(admin);
        UI.getCurrent().navigate(ImportView.class);
        return county;
    }

    private static ImportPanel panel() {
        return _get(ImportPanel.class);
    }

    private static Button run() {
        return _get(Button.class, s -> s.withId("import-run"));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> items(String id) {
        Grid<T> grid = _get(Grid.class, s -> s.withId(id));
        return grid.getGenericDataView().getItems().toList();
    }

    @Test
    void aGoodFileIsPreviewedImportedAndItsAccountsShownOnce() {
        long county = openAs("IVG");
        assertThat(_get(Anchor.class, s -> s.withId("import-template")).getHref())
                .isNotBlank();
        assertThat(run().isEnabled()).isFalse();

        panel().received("全县.xlsx", ImportFiles.county("ivg", 3, 6).bytes());

        assertThat(_get(Paragraph.class, s -> s.withId("import-summary")).getText())
                .isEqualTo("将新建 3 个乡镇（街道）、6 个用户。 未发现问题，可以导入。");
        assertThat(_find(Grid.class, s -> s.withId("import-problems")))
                .as("no problems shown")
                .isEmpty();
        assertThat(org.townshipsOfCounty(county)).hasSize(1);
        assertThat(run().isEnabled()).isTrue();

        _click(run());

        assertThat(org.townshipsOfCounty(county)).extracting(TownshipInfo::name).contains("ivg1镇", "ivg3镇");
        Dialog accounts = _get(Dialog.class, s -> s.withId("import-accounts"));
        assertThat(accounts.isOpened()).isTrue();
        List<ImportedAccount> shown = items("import-accounts-grid");
        assertThat(shown)
                .extracting(ImportedAccount::login)
                .containsExactly("ivg-u1", "ivg-u2", "ivg-u3", "ivg-u4", "ivg-u5", "ivg-u6");
        assertThat(shown).allSatisfy(a -> assertThat(a.oneTimePassword()).hasSize(12));
        assertThat(_get(Anchor.class, s -> s.withId("import-accounts-download")).getHref())
                .isNotBlank();
        assertThat(run().isEnabled()).as("the same file twice").isFalse();

        _click(_get(Button.class, s -> s.withId("import-accounts-close")));
        assertThat(_find(Dialog.class, s -> s.withId("import-accounts"))).isEmpty();
    }

    @Test
    void aFileWithProblemsListsThemByRowAndCannotBeImported() {
        long county = openAs("IVP");

        panel().received(
                        "导入.xlsx",
                        ImportFiles.file()
                                .township("新镇", "村", "IVP-1")
                                .user("ivp-d1", "起草人", "", "", "起草人", "", "")
                                .bytes());

        assertThat(_get(Paragraph.class, s -> s.withId("import-summary")).getText())
                .isEqualTo("将新建 1 个乡镇（街道）、1 个用户。 发现 2 处问题，请在文件中改正后重新上传。");
        List<ImportProblem> problems = items("import-problems");
        assertThat(problems).extracting(p -> p.sheet() + p.row()).containsExactly("乡镇2", "用户2");
        assertThat(run().isEnabled()).isFalse();
        assertThat(org.townshipsOfCounty(county)).hasSize(1);
    }

    @Test
    void aFileThatIsNotAnXlsxIsExplained() {
        openAs("IVX");

        panel().received("乡镇.xlsx", "名称,类型\n".getBytes(StandardCharsets.UTF_8));

        NotificationsKt.expectNotifications(
                "只能导入 .xlsx 格式的导入模板（Excel 2007 及以后版本，且未设置打开密码）。旧版 .xls 文件请先在 Excel 或 WPS 中另存为 .xlsx。");
        assertThat(run().isEnabled()).isFalse();
        assertThat(panel().rejected("a.xls")).startsWith("只能导入 .xlsx");
        assertThat(panel().rejected("a.xlsx")).isEqualTo("文件超过 5 MB，不能导入。");
    }
}
