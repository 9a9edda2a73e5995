package input

import "golang.org/x/net/html"

// walkTree visits the tree under root in document order without recursion
// (pages may nest elements thousands deep): enter on the way down, which
// returns false to skip a node's children (and its leave), and leave on
// the way up, after the children. Either may be nil.
func walkTree(root *html.Node, enter func(*html.Node) bool, leave func(*html.Node)) {
	type frame struct {
		n     *html.Node
		leave bool
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.leave {
			leave(f.n)
			continue
		}
		if enter != nil && !enter(f.n) {
			continue
		}
		if leave != nil {
			stack = append(stack, frame{n: f.n, leave: true})
		}
		for c := f.n.LastChild; c != nil; c = c.PrevSibling { // the first child on top
			stack = append(stack, frame{n: c})
		}
	}
}
