package cn.fazhi.flow.org;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own account over JSON: who they are, and their password. Both answer even while the user must change
 * their password, which every other call refuses until they have.
 */
@RestController
class AccountController {

    private final OrgService org;

    AccountController(OrgService org) {
        this.org = org;
    }

    /** {@code {"current": "…", "new": "…"}}. */
    record PasswordChange(String current, @JsonProperty("new") String next) {}

    @GetMapping("/api/me")
    MyAccount me() {
        return org.me();
    }

    /** 204 when changed; 400 with the rule the new password breaks, or when the current one is wrong. */
    @PostMapping("/api/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody PasswordChange body) {
        org.changePassword(body.current(), body.next());
    }
}
