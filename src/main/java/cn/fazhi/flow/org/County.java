package cn.fazhi.flow.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "county")
class County {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "lead_sign_off_required", nullable = false)
    private boolean leadSignOffRequired;

    protected County() {}

    County(String code, String name, boolean leadSignOffRequired) {
        this.code = code;
        this.name = name;
        this.leadSignOffRequired = leadSignOffRequired;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    boolean isLeadSignOffRequired() {
        return leadSignOffRequired;
    }

    void setLeadSignOffRequired(boolean leadSignOffRequired) {
        this.leadSignOffRequired = leadSignOffRequired;
    }
}
