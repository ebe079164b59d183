package cn.fazhi.flow;

import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportSummary;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.SpringServlet;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browserless view tests (Karibu-Testing) against the whole application on the demo county in an in-memory H2
 * database. All view tests share one Spring context and so one database: a test that changes a report uses its own
 * township's report, or reads the state it finds.
 */
@SpringBootTest
@ActiveProfiles("demo")
public abstract class AbstractViewTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private UserDetailsService users;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:fazhi-viewtest;DB_CLOSE_DELAY=-1");
        // The demo campaign adds a report per township; the board's view test opens a campaign in its own county.
        registry.add("fazhi.demo.campaign.enabled", () -> "false");
    }

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("cn.fazhi.flow");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        SpringServlet servlet = new MockSpringServlet(routes, context, uiFactory);
        MockVaadin.setup(uiFactory, servlet);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Signs in as a demo user: the services see them through Spring Security's context, and Vaadin's route security
     * through Karibu's fake request, which is given the user and their roles as Spring Security's filter would in a
     * container (Karibu-Testing 2.5.0, the last line for Vaadin 24, has no {@code MockSpringSecurity}).
     */
    protected void login(String username) {
        UserDetails user = users.loadUserByUsername(username);
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) ->
                auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    /** Signs in as a drafter and answers the id of their township's (only) report. */
    protected long reportOf(String drafter) {
        login(drafter);
        return context.getBean(ReportService.class).list().stream()
                .mapToLong(ReportSummary::id)
                .findFirst()
                .orElseThrow();
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
    }
}
