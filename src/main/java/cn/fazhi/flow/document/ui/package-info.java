/**
 * The import and preview (预览/打印) buttons of the editor and the download links of a report's versions: components
 * the review views embed, hence a named interface of the document feature.
 */
@NamedInterface("ui")
package cn.fazhi.flow.document.ui;

import org.springframework.modulith.NamedInterface;
