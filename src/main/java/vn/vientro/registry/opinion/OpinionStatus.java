package vn.vientro.registry.opinion;

/** Whether the province's reply on an application is still being prepared or was sent. */
enum OpinionStatus {
    OPEN,
    ANSWERED
}
