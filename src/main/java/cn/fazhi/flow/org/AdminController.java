package cn.fazhi.flow.org;

import cn.fazhi.flow.base.FlowException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administration over JSON, for the counties that script their set-up: counties and their first ADMIN (the
 * SYSTEM_ADMIN), townships, users and the county's settings (the county's ADMIN, for their own county). The same
 * service as the pages, which checks who asks.
 */
@RestController
@Tag(name = "Administration", description = "Counties, townships, users and county settings")
class AdminController {

    private final OrgAdministration admin;

    AdminController(OrgAdministration admin) {
        this.admin = admin;
    }

    record CountyBody(String name, String code) {}

    record AdminBody(String login, String name, String email, String phone) {}

    record IdBody(long id) {}

    record PasswordBody(String oneTimePassword) {}

    /** {@code publicationDue}: month and day as {@code MM-DD} (04-01: 1 April of the year after the campaign's). */
    record SettingsBody(boolean leadSignOffRequired, int legalReviewDays, int countyReviewDays, String publicationDue) {

        static SettingsBody of(CountySettings s) {
            return new SettingsBody(
                    s.leadSignOffRequired(),
                    s.legalReviewDays(),
                    s.countyReviewDays(),
                    String.format(
                            "%02d-%02d",
                            s.publicationDue().getMonthValue(),
                            s.publicationDue().getDayOfMonth()));
        }

        CountySettings settings() {
            try {
                return new CountySettings(
                        leadSignOffRequired,
                        legalReviewDays,
                        countyReviewDays,
                        MonthDay.parse("--" + (publicationDue == null ? "" : publicationDue.strip())));
            } catch (DateTimeException e) {
                throw FlowException.invalid("error.admin.publicationDue");
            }
        }
    }

    // --- counties (SYSTEM_ADMIN) ---

    @Operation(summary = "The installation's counties (SYSTEM_ADMIN)")
    @GetMapping("/api/admin/counties")
    List<CountyInfo> counties() {
        return admin.counties();
    }

    @Operation(summary = "Creates a county by name and 6-digit 行政区划代码 (SYSTEM_ADMIN)")
    @PostMapping("/api/admin/counties")
    ResponseEntity<IdBody> createCounty(@RequestBody CountyBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new IdBody(admin.createCounty(body.name(), body.code())));
    }

    @Operation(summary = "Creates an ADMIN of the county with a one-time password (SYSTEM_ADMIN)")
    @PostMapping("/api/admin/counties/{id}/admins")
    ResponseEntity<NewAccount> createCountyAdmin(@PathVariable long id, @RequestBody AdminBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(admin.createCountyAdmin(id, body.login(), body.name(), body.email(), body.phone()));
    }

    // --- townships (the county's ADMIN) ---

    @Operation(summary = "The townships of the caller's county, active or not")
    @GetMapping("/api/admin/townships")
    List<TownshipEntry> townships() {
        return admin.townships();
    }

    @Operation(summary = "Creates a township of the caller's county")
    @PostMapping("/api/admin/townships")
    ResponseEntity<IdBody> createTownship(@RequestBody TownshipForm body) {
        long id = admin.createTownship(body);
        return ResponseEntity.status(HttpStatus.CREATED).body(new IdBody(id));
    }

    @Operation(summary = "Renames a township, changes its kind or code, deactivates or reactivates it (active)")
    @PutMapping("/api/admin/townships/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void updateTownship(@PathVariable long id, @RequestBody TownshipForm body) {
        admin.updateTownship(id, body);
    }

    // --- users (the county's ADMIN) ---

    @Operation(summary = "The users of the caller's county, active or not")
    @GetMapping("/api/admin/users")
    List<UserEntry> users() {
        return admin.users();
    }

    @Operation(summary = "Creates a user; answers the one-time password, to be changed at the first sign-in")
    @PostMapping("/api/admin/users")
    ResponseEntity<NewAccount> createUser(@RequestBody UserForm body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(admin.createUser(body));
    }

    @Operation(summary = "Changes a user: name, e-mail, phone, roles, township, advised townships (not the login)")
    @PutMapping("/api/admin/users/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void updateUser(@PathVariable long id, @RequestBody UserForm body) {
        admin.updateUser(id, body);
    }

    @Operation(summary = "Deactivates a user: no sign-in, their claimed tasks go back to the pool")
    @PostMapping("/api/admin/users/{id}/deactivate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deactivate(@PathVariable long id) {
        admin.deactivateUser(id);
    }

    @Operation(summary = "Reactivates a user")
    @PostMapping("/api/admin/users/{id}/activate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void activate(@PathVariable long id) {
        admin.activateUser(id);
    }

    @Operation(summary = "A new one-time password for a user, to be changed at their next sign-in")
    @PostMapping("/api/admin/users/{id}/reset-password")
    PasswordBody resetPassword(@PathVariable long id) {
        return new PasswordBody(admin.resetPassword(id));
    }

    // --- county settings (the county's ADMIN) ---

    @Operation(summary = "The caller's county settings and campaign defaults")
    @GetMapping("/api/admin/settings")
    SettingsBody settings() {
        return SettingsBody.of(admin.settings());
    }

    @Operation(summary = "Changes the caller's county settings and campaign defaults")
    @PutMapping("/api/admin/settings")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void updateSettings(@RequestBody SettingsBody body) {
        admin.updateSettings(body.settings());
    }
}
