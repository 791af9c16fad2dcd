from django.db.models import Count

users = User.objects.annotate(
    follower_count=Count('followers', distinct=True),
    following_count=Count('followings', distinct=True),
).order_by('pk')
for user in users:
    print(user.username, user.follower_count, user.following_count)
