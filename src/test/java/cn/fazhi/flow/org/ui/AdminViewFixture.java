package cn.fazhi.flow.org.ui;

import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.TownshipKind;
import java.util.EnumSet;
import java.util.Set;

/** A county of the administration's view tests, so that the demo county the other view tests read stays as it is. */
final class AdminViewFixture {

    static final String ADMIN = "vadmin";

    private AdminViewFixture() {}

    /** Creates the county once per context: two townships, its administrator, a drafter and an advisor. */
    static void county(OrgService org) {
        if (org.hasCounty("419902")) {
            return;
        }
        long county = org.createCounty("419902", "视图管理县", false);
        long jia = org.createTownship(county, "419902-01", "甲镇", TownshipKind.TOWN);
        long yi = org.createTownship(county, "419902-02", "乙乡", TownshipKind.TOWNSHIP);
        org.createUser(ADMIN, "demo123", "视图管理员", null, county, null, EnumSet.of(Role.ADMIN), Set.of());
        org.createUser("vdrafter", "demo123", "甲镇起草人", null, county, jia, EnumSet.of(Role.DRAFTER), Set.of());
        org.createUser(
                "vadvisor", "demo123", "视图律师", null, county, null, EnumSet.of(Role.LEGAL_ADVISOR), Set.of(jia, yi));
    }
}
