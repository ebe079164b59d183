package cn.fazhi.flow.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's choice about e-mail; a user without a row gets e-mail. */
@Entity
@Table(name = "notify_preference")
class MailPreference {

    @Id
    private String username;

    @Column(name = "email_enabled", nullable = false)
    private boolean emailEnabled = true;

    protected MailPreference() {}

    MailPreference(String username) {
        this.username = username;
    }

    boolean isEmailEnabled() {
        return emailEnabled;
    }

    void setEmailEnabled(boolean emailEnabled) {
        this.emailEnabled = emailEnabled;
    }
}
