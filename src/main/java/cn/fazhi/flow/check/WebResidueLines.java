package cn.fazhi.flow.check;

import cn.fazhi.flow.document.WebResidue;
import org.springframework.stereotype.Component;

/** The lines the rule {@code stray-text} holds wholly residue of a web page, for the document import to leave out. */
@Component
public class WebResidueLines implements WebResidue {

    @Override
    public boolean isResidue(String line) {
        return StrayTextRule.isResidueLine(line);
    }
}
