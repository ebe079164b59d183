/**
 * The import button of the editor and the download links of a report's versions: components the review views embed,
 * hence a named interface of the document feature.
 */
@NamedInterface("ui")
package cn.fazhi.flow.document.ui;

import org.springframework.modulith.NamedInterface;
