package vn.vientro.identity;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How documents name the head of an agency: the title its administrator stated ("Giám đốc Sở Y tế tỉnh Phú Thọ"),
 * or else the title usual for its kind before its name ("Chủ tịch Ủy ban nhân dân xã …"), so that no draft writes a
 * generic "Thủ trưởng" before a department whose head is a director.
 */
@Component
public class AgencyHeads {

    private final MessageSource messages;

    AgencyHeads(MessageSource messages) {
        this.messages = messages;
    }

    public String title(AgencyView agency, Locale locale) {
        String stated = "en".equals(locale.getLanguage()) ? agency.headTitleEn() : agency.headTitleVi();
        if (stated != null && !stated.isBlank()) {
            return stated.strip();
        }
        return messages.getMessage("identity.agency.head." + agency.kind().name(),
                new Object[] {agency.name(locale)}, locale);
    }
}
