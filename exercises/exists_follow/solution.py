person = User.objects.get(pk=1)
me = User.objects.get(pk=2)
if person.followers.filter(pk=me.pk).exists():
    print(me.username, 'follows', person.username)
else:
    print(me.username, 'does not follow', person.username)
