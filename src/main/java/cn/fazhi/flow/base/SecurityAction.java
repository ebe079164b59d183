package cn.fazhi.flow.base;

/**
 * What the security log (安全审计, GB/T 22239-2019 level three) records. Each is translated as
 * {@code security.action.<NAME>}.
 */
public enum SecurityAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SSO_SIGN_IN,
    SSO_REFUSED,
    ACCOUNT_LOCKED,
    SIGN_OUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    ACCESS_DENIED,
    COUNTY_CREATED,
    COUNTY_CHANGED,
    TOWNSHIP_CREATED,
    TOWNSHIP_CHANGED,
    USER_CREATED,
    USER_CHANGED,
    USER_DEACTIVATED,
    USER_ACTIVATED,
    SETTING_CHANGED,
    ACCOUNTS_IMPORTED,
    CAMPAIGN_OPENED,
    LOG_PURGED
}
