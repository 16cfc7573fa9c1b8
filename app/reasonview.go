//go:build !wasm

package app

import (
	"fmt"
	"strconv"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/paths"
	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/reason"
)

// reasonView explains the Reason header and every registered protocol, each
// under an anchor of its own.
type reasonView struct{ goapp.Compo }

func (v *reasonView) Render() goapp.UI {
	protocols := reason.Protocols()
	params := reason.Params()
	rules := reason.Rules()
	locations := reason.Locations()
	unregistered := reason.UnregisteredProtocols()
	return goapp.Div().Class("reference", "kind-protocol").Aria("labelledby", "reference-heading").Body(
		breadcrumb("", ""),
		goapp.H1().ID("reference-heading").Text("The Reason header"),
		goapp.P().Class("summary").Text("A BYE, a CANCEL or a response may say why in a Reason header: a protocol, a cause number that the protocol gives a meaning, and a text for people. "+
			"It is often the only place a call's real cause survives when a gateway or a B2BUA turns it into another status code."),
		goapp.P().Class("code").Text(`Reason: Q.850;cause=16;text="Normal call clearing"`),
		goapp.P().Class("code").Text(`Reason: SIP;cause=200;text="Call completed elsewhere"`),
		goapp.Nav().Class("toc").Aria("label", "Protocols").Body(goapp.Ul().Body(goapp.Range(protocols).Slice(func(i int) goapp.UI {
			return goapp.Li().Body(goapp.A().Href("#" + paths.ProtocolAnchor(protocols[i].Token)).Text(protocols[i].Token))
		}))),
		section("Where it may go", goapp.Ul().Body(goapp.Range(rules).Slice(func(i int) goapp.UI {
			return goapp.Li().Body(goapp.Text(rules[i].Text+" "), goapp.Span().Class("aside").Body(refLink(rules[i].Ref)))
		}))),
		section("Its parameters", goapp.Ul().Class("headers").Body(goapp.Range(params).Slice(func(i int) goapp.UI {
			p := params[i]
			return goapp.Li().Body(goapp.Span().Class("code", "header-name").Text(p.Name),
				goapp.Span().Class("header-why").Body(goapp.Text(fmt.Sprintf("(%s) %s ", p.For, p.Meaning)), goapp.Span().Class("aside").Body(refLinks(p.Refs)...)))
		}))),
		section("The location parameter", goapp.Ul().Class("headers").ID("location").Body(goapp.Range(locations).Slice(func(i int) goapp.UI {
			l := locations[i]
			return goapp.Li().Body(goapp.Span().Class("code", "header-name").Text(fmt.Sprintf("%s (%d)", l.Name, l.Value)), goapp.Span().Class("header-why").Text(l.Meaning))
		}))),
		goapp.Range(protocols).Slice(func(i int) goapp.UI { return renderProtocol(protocols[i]) }),
		goapp.H2().Text("Seen on the wire, never registered"),
		goapp.Ul().Body(goapp.Range(unregistered).Slice(func(i int) goapp.UI {
			u := unregistered[i]
			return goapp.Li().Body(goapp.Span().Class("code").Text(u.Token), goapp.Text(" (sent by "+u.Sender+"): "+u.Note))
		})),
		goapp.P().Class("aside").Body(goapp.Text("The registry: "), goapp.A().Href(reason.RegistryURL).Rel("external").Text("IANA Reason protocols"),
			goapp.Text(fmt.Sprintf(" (as of %s). The header: ", reason.RegistrySnapshot)), refLink(codes.Ref{RFC: 3326})),
	)
}

// renderProtocol is one protocol's part of the page, under its anchor.
func renderProtocol(p reason.Protocol) goapp.UI {
	var values goapp.UI
	switch {
	case strings.EqualFold(p.Token, "Q.850"):
		values = goapp.P().Body(goapp.A().Href(href("/causes")).Text("Every Q.850 cause value"))
	case len(p.Values) > 0:
		values = goapp.Ul().Class("related").Body(goapp.Range(p.Values).Slice(func(i int) goapp.UI {
			val := p.Values[i]
			label := goapp.UI(goapp.Span().Class("code").Text(fmt.Sprintf("cause=%d", val.Cause)))
			if codes.IsRegistered(val.Cause) && !strings.EqualFold(p.Token, "Preemption") && !strings.EqualFold(p.Token, "RELEASE_CAUSE") {
				label = goapp.A().Href(codeHref(val.Cause)).Text(strconv.Itoa(val.Cause) + " " + codes.Text(val.Cause))
			}
			return goapp.Li().Body(label, goapp.Text(" "+quoted(val.Text)+": "+val.Meaning+" "), goapp.Span().Class("aside").Body(refLinks(val.Refs)...))
		}))
	}
	return goapp.Div().ID(paths.ProtocolAnchor(p.Token)).Class("part", "protocol").Body(
		goapp.H2().Body(goapp.Span().Class("code").Text(p.Token), goapp.Text(" ("+p.Reference+")")),
		goapp.P().Text(p.Causes),
		goapp.If(p.Note != "", goapp.P().Text(p.Note)),
		values,
		goapp.If(len(p.Refs) > 0, goapp.P().Class("aside").Body(refLinks(p.Refs)...)),
	)
}

func quoted(s string) string {
	if s == "" {
		return ""
	}
	return "“" + s + "”"
}
