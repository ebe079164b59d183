package cn.fazhi.flow.review;

import cn.fazhi.flow.check.Finding;
import cn.fazhi.flow.report.ReportStatus;
import java.util.List;

/** What a submission did: accepted as a new version, or blocked by the pre-check with its findings. */
public record SubmitResult(boolean accepted, ReportStatus status, int version, List<Finding> findings) {}
