/**
 * Word documents in and out: a drafter's .docx or .txt split into the parts of a report, any version as a .docx in
 * the official-document format (GB/T 9704-2012) or as a PDF, the draft previewed as that PDF, and the marked-up copy
 * (花脸稿) between two versions.
 */
@ApplicationModule(allowedDependencies = {"base", "org", "report"})
package cn.fazhi.flow.document;

import org.springframework.modulith.ApplicationModule;
