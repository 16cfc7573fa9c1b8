package capture

import (
	"net/netip"
	"testing"
)

// TestAddrStringIsNetipString: the package's own address type prints as
// net/netip does (RFC 5952 for IPv6).
func TestAddrStringIsNetipString(t *testing.T) {
	for _, s := range []string{"192.0.2.1", "0.0.0.0", "2001:db8::1", "::", "::1", "fe80::1:0:0:1", "2001:db8:0:0:1:0:0:1", "2001:0:0:1::", "fd17:625c:f037:2:a00:27ff:feb9:1521", "1:0:1:0:1:0:1:0"} {
		want := netip.MustParseAddr(s)
		var got Addr
		if want.Is4() {
			b := want.As4()
			got = addr4(b[:])
		} else {
			b := want.As16()
			got = addr16(b[:])
		}
		if got.String() != want.String() {
			t.Errorf("%s printed as %s", want, got)
		}
		if ap := (AddrPort{got, 5060}); ap.String() != netip.AddrPortFrom(want, 5060).String() {
			t.Errorf("%s:5060 printed as %s", want, ap)
		}
	}
}
