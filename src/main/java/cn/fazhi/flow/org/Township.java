package cn.fazhi.flow.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "township")
class Township {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "county_id")
    private County county;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TownshipKind kind;

    /** A deactivated township gets no report in a new campaign; its reports stay. */
    @Column(nullable = false)
    private boolean active = true;

    protected Township() {}

    Township(County county, String code, String name, TownshipKind kind) {
        this.county = county;
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    Long getId() {
        return id;
    }

    County getCounty() {
        return county;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    TownshipKind getKind() {
        return kind;
    }

    boolean isActive() {
        return active;
    }

    void change(String code, String name, TownshipKind kind, boolean active) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.active = active;
    }

    TownshipEntry entry() {
        return new TownshipEntry(id, county.getId(), code, name, kind, active);
    }

    TownshipInfo info() {
        return new TownshipInfo(id, code, name, kind, county.getId(), county.getName(), county.isLeadSignOffRequired());
    }
}
