package cause

// Class is the class of a Q.850 cause: its value shifted right by four, 0 to
// 7. Classes 0 and 1 are both normal events.
type Class int

var classNames = [...]string{
	"normal event",
	"normal event",
	"resource unavailable",
	"service or option not available",
	"service or option not implemented",
	"invalid message",
	"protocol error",
	"interworking",
}

// String is the class name, such as "resource unavailable".
func (c Class) String() string {
	if c < 0 || int(c) >= len(classNames) {
		return "not a Q.850 class"
	}
	return classNames[c]
}

// Range is the first and last cause value of the class.
func (c Class) Range() (first, last int) { return int(c) << 4, int(c)<<4 + 15 }

// Classes returns the eight classes in order.
func Classes() []Class { return []Class{0, 1, 2, 3, 4, 5, 6, 7} }
