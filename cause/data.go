package cause

// explanation is what sipcodes says about one cause value, in plain words,
// for an engineer who meets it in a Reason header or a CDR. The Q.850 name
// of each value lives in package codes (codes.CauseName).
type explanation struct {
	Value int
	Text  string // 1 to 3 sentences
}

// explanations holds value 0 (no cause, used by vendors) and every assigned
// Q.850 cause, in numeric order.
var explanations = []explanation{
	{0, "Not a Q.850 value: Q.850 starts at 1. FreeSWITCH (NONE) and Asterisk (AST_CAUSE_NOTDEFINED) use 0 to mean that no cause was recorded."},

	// Normal event, 1 to 31.
	{1, "The number does not exist: the network has no subscriber at it. RFC 3398 turns it into 404, and so do FreeSWITCH and Asterisk."},
	{2, "The network was asked to route through a particular transit network it cannot reach. For SIP it becomes 404, like cause 1."},
	{3, "The network has no route towards the called number. A gateway sends 404; check the routing or dial plan on the PSTN side."},
	{4, "The called party cannot be reached for a long time, and the caller should hear a special information tone. RFC 3398 has no row for it, so a gateway sends its default, 500."},
	{5, "The caller dialled a trunk prefix where none belongs. A cause for national use only."},
	{6, "The channel just identified is not acceptable to the entity sending the call, on either side. It is an ISDN access matter with no SIP meaning of its own."},
	{7, "The call is being delivered on a channel that was already established. No mapping lists it."},
	{8, "The call was pre-empted, to make room for a call of higher precedence. SIP has its own Reason protocol for the same idea, Preemption (RFC 4411)."},
	{9, "The call was pre-empted and the circuit is held back so that it can be reused."},
	{14, "Query on release (QoR), a number portability cause: the called number has been ported to another network. Asterisk names it NUMBER_PORTED_NOT_HERE."},
	{16, "The normal end of a call: one side hung up. It is not an error, so RFC 3398 maps it to no failure response; it becomes a BYE or CANCEL, often with Reason: Q.850;cause=16."},
	{17, "The called user is busy. Every mapping agrees on 486 Busy Here."},
	{18, "The called user's equipment did not answer the call offer in time; nothing rang. RFC 3398 and both servers send 408."},
	{19, "The phone rang but nobody answered before the network's timer ran out. It becomes 480."},
	{20, "The called subscriber is absent from the network, as a mobile phone is when it is off or out of reach. It becomes 480."},
	{21, "The called party, or the network for it, refused the call although it could have taken it. RFC 3398 sends 403, and says a 6xx could be given when the cause location is the user; FreeSWITCH always sends 603 and Asterisk 403."},
	{22, "The number is no longer in use. RFC 3398 sends 410 Gone, or 301 with the new number in Contact when the release carries it in its diagnostic."},
	{23, "The call was redirected to another number. RFC 3398 and FreeSWITCH send 410; Asterisk sends 302."},
	{24, "The called side refused the call because of a feature on its line. No mapping lists it, so each server sends its default; Oracle's SBC, for one, maps SIP 433 Anonymity Disallowed to it."},
	{25, "An intermediate exchange found the call had passed through too many exchanges (its hop counter ran out), which is why RFC 3398 maps 482 and 483 to this cause. FreeSWITCH sends 483 Too Many Hops for it; RFC 3398 has no row, so a gateway following it sends 500."},
	{26, "The user was not given this call because another device answered it. RFC 3398 sends 404 (ANSI networks also use 26 for a misrouted ported number); Asterisk names it ANSWERED_ELSEWHERE."},
	{27, "The called user's access, or the equipment on it, is not working. It becomes 502 Bad Gateway."},
	{28, "The called number is not in a valid format or is incomplete. It becomes 484 Address Incomplete."},
	{29, "The network refused a supplementary service the call asked for. It becomes 501."},
	{30, "It answers an ISDN STATUS ENQUIRY message and reports a state rather than ending a call. If it does reach SIP, each server sends its default."},
	{31, "A normal release for which no more specific cause applies. RFC 3398 sends 480 for it, and uses 31 as the default when a gateway must turn an unlisted SIP failure into a cause."},

	// Resource unavailable, 32 to 47.
	{34, "No circuit or channel is free for the call: the trunk is full. All three mappings send 503."},
	{38, "The network is out of order. RFC 3398 and FreeSWITCH send 503; Asterisk sends 500."},
	{39, "A permanent frame-mode (frame relay) connection is out of service. It has no SIP counterpart; RFC 3398 sends its default, 500."},
	{40, "A permanent frame-mode (frame relay) connection is working again. It has no SIP counterpart; RFC 3398 sends its default, 500."},
	{41, "A temporary network failure; trying again soon may work. RFC 3398 and FreeSWITCH send 503, with Retry-After if the gateway knows when; Asterisk has no mapping and sends 603."},
	{42, "The switching equipment is overloaded. It becomes 503, and a Retry-After may go with it."},
	{43, "The network discarded some of the access information the call carried on its way to the called user. No mapping lists it."},
	{44, "The circuit or channel the caller asked for is not available. RFC 3398 sends no SIP response for it: the exchange should retry on another circuit; FreeSWITCH still sends 503."},
	{46, "A precedence call was blocked. No mapping lists it."},
	{47, "A resource is unavailable and no more specific cause applies. RFC 3398 sends 503; FreeSWITCH has no name for it and sends its default, 480."},

	// Service or option not available, 48 to 63.
	{49, "The quality of service the call asked for cannot be provided."},
	{50, "The caller asked for a supplementary service it has not subscribed to."},
	{53, "The caller is a member of a closed user group that may not make outgoing calls. Do not confuse it with 52, which Q.850 does not assign."},
	{55, "The called user is in a closed user group that may not receive incoming calls. RFC 3398 sends 403."},
	{57, "The caller asked for a bearer capability it is not allowed to use. RFC 3398 sends 403."},
	{58, "The bearer capability the call asked for exists but is not available right now. RFC 3398 and FreeSWITCH send 503; Asterisk sends 488."},
	{62, "The outgoing access the caller asked for does not fit its subscriber class, in closed user group handling."},
	{63, "A service or option is not available and no more specific cause applies. FreeSWITCH calls it SERVICE_UNAVAILABLE, which is easy to confuse with SIP 503; RFC 3398 has no row for it and sends 500."},

	// Service or option not implemented, 64 to 79.
	{65, "The network does not support the bearer capability the call asked for. RFC 3398 and FreeSWITCH send 488 for it (Asterisk has no row and sends 603), and RFC 3398 turns 488 and 606 back into 65 when the Warning header points at the bearer."},
	{66, "The called side does not support the channel type asked for. Asterisk sends 503; RFC 3398 has no row and sends 500."},
	{69, "The network does not support the supplementary service the call asked for. FreeSWITCH sends 501."},
	{70, "Only a restricted digital information bearer is available on the path, and the call asked for more. RFC 3398 sends 488."},
	{79, "A service or option is not implemented and no more specific cause applies. RFC 3398 and FreeSWITCH send 501 for it (Asterisk has no row and sends 603), and RFC 3398 turns 406, 415 and 501 into 79 the other way."},

	// Invalid message, 80 to 95.
	{81, "A message used a call reference that is not in use on this interface. An ISDN signalling fault between two pieces of equipment."},
	{82, "The channel named in a message does not exist on this interface. An ISDN signalling fault."},
	{83, "A call resume request named a call identity that differs from every suspended call. About the ISDN suspend and resume service."},
	{84, "A suspend request used a call identity that is already in use. About the ISDN suspend and resume service."},
	{85, "A resume request arrived but no call is suspended. About the ISDN suspend and resume service."},
	{86, "The suspended call the resume request named has been cleared while suspended."},
	{87, "The called user is not a member of the closed user group the call was made in. RFC 3398 sends 403."},
	{88, "The called equipment is not compatible with the kind of call offered. RFC 3398 sends 503, FreeSWITCH 488 and Asterisk its default, 603."},
	{90, "The closed user group the call names does not exist."},
	{91, "The transit network chosen for the call is not valid. Used only in some national networks."},
	{95, "A message was invalid and no more specific cause applies."},

	// Protocol error, 96 to 111.
	{96, "A message lacked an information element it must carry. An ISDN or ISUP signalling fault between exchanges or equipment."},
	{97, "A message type was received that does not exist or is not implemented. A signalling fault."},
	{98, "A message arrived that is not allowed in the call's current state, or whose type is unknown. A signalling fault."},
	{99, "A message carried an information element or parameter that is unknown or not implemented. A signalling fault."},
	{100, "An information element had contents the receiver could not accept. A signalling fault."},
	{101, "A message arrived that is not allowed in the call's current state. A signalling fault."},
	{102, "A protocol timer ran out and error handling cleared the call. RFC 3398 and FreeSWITCH send 504 for it (Asterisk has no row and sends 603), and RFC 3398 turns 408 and 504 back into 102."},
	{103, "A parameter the receiver does not know was passed on, in national networks. FreeSWITCH and Asterisk call value 103 MANDATORY_IE_LENGTH_ERROR, which is not what Q.850 assigns to it."},
	{110, "A message was thrown away because it held a parameter the receiver does not recognise."},
	{111, "A protocol error and no more specific cause applies. RFC 3398 sends 500."},

	// Interworking, 112 to 127.
	{127, "The call passed through a network that does not give causes for what it does, so the real reason is unknown. RFC 3398 sends 500 for it, and turns many SIP protocol failures (413, 414, 416, 420, 421, 423, 505, 513) into 127 the other way."},
}
