package vn.vientro.aid.item;

/** How the Vietnamese side gives its counterpart funds (vốn đối ứng): in cash or in kind. */
public enum CounterpartForm {
    CASH, IN_KIND
}
