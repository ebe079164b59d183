package cn.fazhi.flow.check;

/**
 * How a rule runs in a county: switched on or off, and the severity its findings get — {@code override} when the
 * county replaced it (null otherwise), {@code standard} the rule's own (null when the rule gives several).
 */
public record RuleSetting(String rule, boolean enabled, Severity override, Severity standard) {

    /** The severity its findings carry in the county, when one applies to all of them. */
    public Severity effective() {
        return override != null ? override : standard;
    }
}
