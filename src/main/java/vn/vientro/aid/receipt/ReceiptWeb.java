package vn.vientro.aid.receipt;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.item.AidItemHeader;

/** The receipt's part of the item page: its codes and a link to the printable slip, for those who may read them. */
@Configuration(proxyBeanMethods = false)
class ReceiptWeb {

    @Bean
    AidItemHeader receiptHeader(Receipts receipts, AidPolicy policy) {
        return (model, item) -> model.addAttribute("receipt",
                policy.canReadReceipt(item.id()) ? receipts.of(item.id()).orElse(null) : null);
    }
}
