package cn.fazhi.flow.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One failed sign-in from a client address, counted by the per-address throttle over its window. */
@Entity
@Immutable
@Table(name = "sign_in_failure")
class SignInFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_address", nullable = false)
    private String clientAddress;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected SignInFailure() {}

    SignInFailure(String clientAddress, Instant failedAt) {
        this.clientAddress = clientAddress;
        this.failedAt = failedAt;
    }

    Instant getFailedAt() {
        return failedAt;
    }
}
