package paths

import "testing"

func TestPaths(t *testing.T) {
	for got, want := range map[string]string{
		Code(486):                         "/486",
		Code(404):                         "/404/",
		Warning(399):                      "/warning/399",
		Cause(17):                         "/cause/17",
		Reason("Q.850"):                   "/reason#q850",
		Reason("STIR"):                    "/reason#stir",
		ProtocolAnchor("S1AP-RNL"):        "s1ap-rnl",
		Vendor("sofia-sip", "904"):        "/vendor/sofia-sip/904",
		Vendor("ms-diagcode", "500#3003"): "/vendor/ms-diagcode/500-3003",
		Vendor("asterisk-hangup", "SIP;cause=200"): "/vendor/asterisk-hangup/SIP-cause-200",
	} {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}
