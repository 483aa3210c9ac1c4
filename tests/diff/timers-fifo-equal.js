// Rule 6: equal deadlines fire in creation order.
var order = [];
for (var i = 0; i < 20; i++) {
    (function (n) {
        setTimeout(function () { order.push(n); }, 5);
    })(i);
}
setTimeout(function () { console.log(order.join(',')); }, 50);
