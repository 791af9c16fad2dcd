person = User.objects.get(pk=1)
me = User.objects.get(pk=2)
if me in person.followers.all():
    print(me.username, 'follows', person.username)
else:
    print(me.username, 'does not follow', person.username)
