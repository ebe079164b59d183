package cn.fazhi.flow.workflow;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's "now", which its timers run by and process tests move; for the expressions the diagrams evaluate. */
public final class EngineClock {

    private EngineClock() {}

    public static Date now() {
        return ClockUtil.getCurrentTime();
    }
}
