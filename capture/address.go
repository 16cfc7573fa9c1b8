package capture

import "strconv"

// Addr is an IPv4 or IPv6 address. The package keeps its own small type,
// not net/netip's, whose interning and parsing would add some 25 KB gzip
// to the browser's explainer for what is only compared and printed here.
type Addr struct {
	ip [16]byte
	v4 bool // the address is ip[:4]
}

// AddrPort is an address and a port.
type AddrPort struct {
	Addr Addr
	Port uint16
}

func addr4(b []byte) Addr { var a Addr; copy(a.ip[:], b[:4]); a.v4 = true; return a }

func addr16(b []byte) Addr { var a Addr; copy(a.ip[:], b[:16]); return a }

func (a Addr) String() string {
	if a.v4 {
		return strconv.Itoa(int(a.ip[0])) + "." + strconv.Itoa(int(a.ip[1])) + "." + strconv.Itoa(int(a.ip[2])) + "." + strconv.Itoa(int(a.ip[3]))
	}
	// RFC 5952: groups in lower-case hex without leading zeros, the
	// longest run of two or more zero groups (the first of equals) as "::".
	var g [8]uint16
	for i := range g {
		g[i] = uint16(a.ip[2*i])<<8 | uint16(a.ip[2*i+1])
	}
	start, length := -1, 1
	for i := 0; i < 8; {
		j := i
		for j < 8 && g[j] == 0 {
			j++
		}
		if j-i > length {
			start, length = i, j-i
		}
		i = j + 1
	}
	s := ""
	for i := 0; i < 8; i++ {
		if i == start {
			s += "::"
			i += length - 1
			continue
		}
		if s != "" && s[len(s)-1] != ':' {
			s += ":"
		}
		s += strconv.FormatUint(uint64(g[i]), 16)
	}
	return s
}

// String writes "192.0.2.1:5060", or "[2001:db8::1]:5060".
func (a AddrPort) String() string {
	if a.Addr.v4 {
		return a.Addr.String() + ":" + strconv.Itoa(int(a.Port))
	}
	return "[" + a.Addr.String() + "]:" + strconv.Itoa(int(a.Port))
}

func addrPort(a Addr, port uint16) AddrPort { return AddrPort{a, port} }
